/** The city's clock: Asia/Shanghai, UTC+8 all year (no daylight saving). */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The month (YYYY-MM) and year it is in the city at `now`, as the figures routes take them. */
export function cityPeriod(now: number): { month: string; year: number } {
  const shanghai = new Date(now + SHANGHAI_OFFSET_MS).toISOString();
  return { month: shanghai.slice(0, 7), year: Number(shanghai.slice(0, 4)) };
}

/** A moment on the city's clock, to the minute: `2026-12-07 23:30` for 15:30 UTC. */
export function cityMinute(iso: string): string {
  return new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
