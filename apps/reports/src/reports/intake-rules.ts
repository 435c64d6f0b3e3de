import { DateTime, IANAZone } from 'luxon';
import { Actor, ReporterKind } from '@waystation/contracts';
import { assertUnreachable } from '@waystation/platform';
import { CapturedAtOutOfRangeError, ReportingNotAllowedError } from './report-errors';

export interface IntakeRuleOptions {
  /** Reports one worker may submit a day. */
  dailyLimit: number;
  /** The city's IANA time zone, whose days the limit counts. */
  timeZone: string;
  /** How long before its submission a report may have been captured. */
  capturedAtMaxAgeHours: number;
}

/** A device's clock may run this far ahead of the server's. */
const CLOCK_SKEW_MS = 60_000;

/** The configured bounds of intake: the daily limit's days and how early a report may have been captured. */
export class IntakeRules {
  private readonly zone: IANAZone;

  constructor(readonly options: IntakeRuleOptions) {
    this.zone = IANAZone.create(options.timeZone);
  }

  get dailyLimit(): number {
    return this.options.dailyLimit;
  }

  /** The city's calendar day `now` falls in, from its midnight to the next. */
  dayOf(now: Date): { start: Date; end: Date } {
    const start = DateTime.fromJSDate(now, { zone: this.zone }).startOf('day');
    return { start: start.toJSDate(), end: start.plus({ days: 1 }).toJSDate() };
  }

  /** When a report submitted at `now` was captured: `capturedAt` if within bounds (else refused), else `now`. */
  capturedAt(capturedAt: Date | undefined, now: Date): Date {
    if (!capturedAt) return now;
    const earliest = new Date(now.getTime() - this.options.capturedAtMaxAgeHours * 3_600_000);
    const latest = new Date(now.getTime() + CLOCK_SKEW_MS);
    if (capturedAt < earliest || capturedAt > latest) throw new CapturedAtOutOfRangeError(capturedAt, earliest, latest);
    return capturedAt;
  }
}

/** Who may file a report, as what: a worker, or a city system over Open311; staff and departments may not. */
export function reporterKindOf(reporter: Actor): ReporterKind {
  switch (reporter.role) {
    case 'worker':
    case 'open311-client':
      return reporter.role;
    case 'community-staff':
    case 'station-manager':
    case 'department':
    case 'admin':
      throw new ReportingNotAllowedError(reporter.role);
    default:
      return assertUnreachable(reporter.role);
  }
}
