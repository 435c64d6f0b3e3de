import { reportDispatchedV1 } from '../events/report-dispatched.v1';
import { reportUpdatedV1 } from '../events/report-updated.v1';
import { reportWithdrawnV1 } from '../events/report-withdrawn.v1';

/** The events a department reads on its topic, `departments.<code>.reports`: none carries the reporter. */
export const DEPARTMENT_FACING_EVENTS = [reportDispatchedV1, reportUpdatedV1, reportWithdrawnV1] as const;
