import { WorkingCalendar } from './working-calendar';

/** The SLA settings the configuration sets (REPORTS_TIME_ZONE, REPORTS_WORKING_*, REPORTS_OVERDUE_INTERVAL_MS). */
export interface SlaSettings {
  calendar: WorkingCalendar;
  overdueIntervalMs: number;
}

export const SLA_SETTINGS = Symbol('SlaSettings');
