import { Actor, servesCommunity } from '@waystation/contracts';
import { FindOptionsWhere, In } from 'typeorm';
import type { Report } from '../reports/report.entity';

/** The department that takes care referrals (private reports). */
export const CARE_DEPARTMENT = 'civil-affairs';

type Visible = Pick<Report, 'reporterId' | 'private' | 'communityCode'>;

/**
 * Who may see a report, the one rule every report query applies. A reporter sees their own; community staff and
 * admins see every report, except that a private one (a care referral) is seen only by the staff of its own
 * community, admins and the civil-affairs department. Other department users see no one else's report yet.
 */
export function canSeeReport(actor: Actor, report: Visible): boolean {
  if (report.reporterId === actor.id || actor.role === 'admin') return true;
  if (actor.role === 'community-staff')
    return !report.private || (report.communityCode !== null && servesCommunity(actor, report.communityCode));
  return report.private && isCareDepartment(actor);
}

/** The same rule as TypeORM conditions, any of which lets a row through (combine each with the query's own filters). */
export function visibleReportsWhere(actor: Actor): FindOptionsWhere<Report>[] {
  const own: FindOptionsWhere<Report> = { reporterId: actor.id };
  if (actor.role === 'admin') return [{}];
  if (actor.role === 'community-staff') return [{ private: false }, { private: true, communityCode: In(actor.scopes.communities) }, own];
  return isCareDepartment(actor) ? [{ private: true }, own] : [own];
}

function isCareDepartment(actor: Actor): boolean {
  return actor.role === 'department' && actor.scopes.department === CARE_DEPARTMENT;
}
