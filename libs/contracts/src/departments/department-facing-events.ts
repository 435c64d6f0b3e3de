import { reportDispatchedV1, type ReportDispatchedV1 } from '../events/report-dispatched.v1';
import { reportOverdueV1, type ReportOverdueV1 } from '../events/report-overdue.v1';
import { reportUpdatedV1, type ReportUpdatedV1 } from '../events/report-updated.v1';
import { reportWithdrawnV1, type ReportWithdrawnV1 } from '../events/report-withdrawn.v1';

/**
 * The events a department reads on its topic, `departments.<code>.reports`: none carries the reporter. A
 * `report.overdue` goes there only when it is that department's own missed deadline.
 */
export const DEPARTMENT_FACING_EVENTS = [reportDispatchedV1, reportUpdatedV1, reportWithdrawnV1, reportOverdueV1] as const;
export type DepartmentFacingEvent = ReportDispatchedV1 | ReportUpdatedV1 | ReportWithdrawnV1 | ReportOverdueV1;

/** The codes of the departments an event is about: those it goes to on their own topics. */
export function departmentsAddressedBy(event: DepartmentFacingEvent): string[] {
  switch (event.type) {
    case 'report.dispatched':
      return event.payload.departments.map(({ code }) => code);
    case 'report.updated':
      return [event.payload.departmentCode];
    case 'report.withdrawn':
      return event.payload.departments;
    case 'report.overdue':
      // The report's own deadline concerns the city's staff; a department's own, that department.
      return event.payload.departmentCode ? [event.payload.departmentCode] : [];
  }
}
