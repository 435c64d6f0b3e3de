/** A span of time as whole hours and the minutes left over, for `console.duration`. */
export function durationParts(milliseconds: number): { hours: number; minutes: number } {
  const minutes = Math.floor(Math.abs(milliseconds) / 60_000);
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

export type SlaClock = { state: 'none' } | { state: 'due' | 'overdue'; hours: number; minutes: number };

/** How long until an SLA deadline, or how long past it; no deadline set, no clock. */
export function slaClock(dueAt: string | null, now: number): SlaClock {
  if (dueAt === null) return { state: 'none' };
  const left = Date.parse(dueAt) - now;
  return { state: left < 0 ? 'overdue' : 'due', ...durationParts(left) };
}
