import { DateTime } from 'luxon';

/** A calendar month, `yyyy-MM`, as budgets, standings and figures name it. */
export type CalendarMonth = string;

/**
 * The city's calendar (`POINTS_TIME_ZONE`): the days and months that caps, budgets, standings, expiry and
 * per-worker redemption limits count, each from local midnight. One setting, so every figure agrees.
 */
export class CityCalendar {
  constructor(readonly zone: string) {}

  /** The city day of `at`, e.g. `2026-03-01`. */
  dayOf(at: Date): string {
    return this.local(at).toISODate() as string;
  }

  /** The city month of `at`, e.g. `2026-03`. */
  monthOf(at: Date): CalendarMonth {
    return this.local(at).toFormat('yyyy-MM');
  }

  /** When the city month of `at` began. */
  monthStartOf(at: Date): Date {
    return this.local(at).startOf('month').toJSDate();
  }

  /** The instants a city month runs between: from its first local midnight, up to (not including) the next month's. */
  monthBounds(month: CalendarMonth): { start: Date; end: Date } {
    const start = DateTime.fromFormat(month, 'yyyy-MM', { zone: this.zone });
    return { start: start.toJSDate(), end: start.plus({ months: 1 }).toJSDate() };
  }

  private local(at: Date): DateTime {
    return DateTime.fromJSDate(at, { zone: this.zone });
  }
}
