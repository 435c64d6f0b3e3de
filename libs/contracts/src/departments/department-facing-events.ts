import { reportDispatchedV1, type ReportDispatchedV1 } from '../events/report-dispatched.v1';
import { reportUpdatedV1, type ReportUpdatedV1 } from '../events/report-updated.v1';
import { reportWithdrawnV1, type ReportWithdrawnV1 } from '../events/report-withdrawn.v1';

/** The events a department reads on its topic, `departments.<code>.reports`: none carries the reporter. */
export const DEPARTMENT_FACING_EVENTS = [reportDispatchedV1, reportUpdatedV1, reportWithdrawnV1] as const;

/** One of those events. */
export type DepartmentFacingEvent = ReportDispatchedV1 | ReportUpdatedV1 | ReportWithdrawnV1;

/** The departments a department-facing event is about: its topic copies and webhook deliveries go to each. */
export function addressedDepartments(event: DepartmentFacingEvent): string[] {
  switch (event.type) {
    case 'report.dispatched':
      return event.payload.departments.map(({ code }) => code);
    case 'report.updated':
      return [event.payload.departmentCode];
    case 'report.withdrawn':
      return event.payload.departments;
  }
}
