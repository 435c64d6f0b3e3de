import { Actor, servesCommunity } from '@waystation/contracts';
import { SERVICE_NAME } from '../service-name';
import { MoverKind } from './report-transition-table';

/** The reports service itself, when a timer moves a report. */
export interface SchedulerMover {
  id: typeof SERVICE_NAME;
  role: 'scheduler';
}
export const SCHEDULER: SchedulerMover = { id: SERVICE_NAME, role: 'scheduler' };

/** Whoever moves a report: a signed-in caller or the service's own timer. Recorded in the history by id and role. */
export type Mover = Actor | SchedulerMover;

/** What the mover's part is in deciding about the report. */
export interface MovedReport {
  reporterId: string;
  communityCode: string | null;
}

/** Every part `mover` plays for `report` (a staff member who filed the report is its reporter, never its reviewer). */
export function moverKindsOf(mover: Mover, report: MovedReport): MoverKind[] {
  if (mover.role === 'scheduler') return ['scheduler'];
  if (mover.id === report.reporterId) return ['reporter'];
  if (mover.role === 'department') return ['department'];
  if (mover.role === 'admin' || (report.communityCode !== null && servesCommunity(mover, report.communityCode))) return ['reviewer'];
  return [];
}
