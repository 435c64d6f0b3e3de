import { useEffect, useState } from 'react';

/** The time now, in epoch milliseconds, ticking every `everyMs`: clocks on screen move without a reload. */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
