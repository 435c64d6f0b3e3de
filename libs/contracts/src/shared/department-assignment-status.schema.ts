import { z } from 'zod';

/**
 * Where one department stands on a report routed to it: dispatched → acknowledged → in-progress → resolved, or
 * `not-responsible` (it sends the report back to staff), or `withdrawn` (staff re-routed the report away from it).
 * The report's own status follows from its departments' (the reports service derives it by a written rule).
 */
export const departmentAssignmentStatusSchema = z.enum([
  'dispatched',
  'acknowledged',
  'in-progress',
  'resolved',
  'not-responsible',
  'withdrawn',
]);
export type DepartmentAssignmentStatus = z.infer<typeof departmentAssignmentStatusSchema>;
