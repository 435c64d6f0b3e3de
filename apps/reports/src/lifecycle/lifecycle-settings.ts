/** The configured rules of a report's life (from reports.config.ts). */
export interface LifecycleSettings {
  /** A new report this close to an open one of its category is a likely duplicate. */
  duplicateDistanceMetres: number;
  /** …if that one was submitted at most this long before it. */
  duplicateWindowHours: number;
  /** How long after resolution the reporter's "not fixed" reopens a report. */
  feedbackWindowDays: number;
}

export const LIFECYCLE_SETTINGS = Symbol('LifecycleSettings');
