import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useWorkerSession } from '../session/use-session';
import { followLiveEvents } from './live-event-stream';

/** The screens' data that a new notification may have changed: the inbox, the home summary, points, redemptions. */
const LIVE_QUERY_KEYS = ['notifications', 'home', 'points', 'redemptions'] as const;

/** While a worker is signed in, each live event refreshes what it may have changed, so no screen needs a reload. */
export function useLiveUpdates(): void {
  const accountId = useWorkerSession()?.account.id;
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!accountId) return;
    const stop = new AbortController();
    const refresh = () => {
      for (const key of LIVE_QUERY_KEYS) void queryClient.invalidateQueries({ queryKey: [key] });
    };
    void followLiveEvents(refresh, stop.signal);
    return () => stop.abort();
  }, [accountId, queryClient]);
}
