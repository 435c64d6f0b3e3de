/** The city's clock: Asia/Shanghai, UTC+8 all year (no daylight saving). */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The month (YYYY-MM) and year it is in the city at `now`, as the figures routes take them. */
export function cityPeriod(now: number): { month: string; year: number } {
  const shanghai = new Date(now + SHANGHAI_OFFSET_MS).toISOString();
  return { month: shanghai.slice(0, 7), year: Number(shanghai.slice(0, 4)) };
}
