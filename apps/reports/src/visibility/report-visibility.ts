import { Actor, servesCommunity } from '@waystation/contracts';
import { FindOptionsWhere, In } from 'typeorm';
import type { Report } from '../reports/report.entity';

/** The department that takes care referrals (private reports). */
export const CARE_DEPARTMENT = 'civil-affairs';

type Visible = Pick<Report, 'reporterId' | 'private' | 'communityCode'>;

/**
 * Who may see a report, the one rule every report query and move applies: its reporter, the staff of its community,
 * admins, and for a private one (a care referral) the civil-affairs department. Anyone else is answered as if the
 * report did not exist. Other departments see the reports routed to them once routing exists.
 */
export function canSeeReport(actor: Actor, report: Visible): boolean {
  if (report.reporterId === actor.id || actor.role === 'admin') return true;
  if (actor.role === 'community-staff') return report.communityCode !== null && servesCommunity(actor, report.communityCode);
  return report.private && isCareDepartment(actor);
}

/** The same rule as TypeORM conditions, any of which lets a row through (combine each with the query's own filters). */
export function visibleReportsWhere(actor: Actor): FindOptionsWhere<Report>[] {
  if (actor.role === 'admin') return [{}];
  const own: FindOptionsWhere<Report> = { reporterId: actor.id };
  if (actor.role === 'community-staff' && actor.scopes.communities.length > 0)
    return [own, { communityCode: In(actor.scopes.communities) }];
  return isCareDepartment(actor) ? [own, { private: true }] : [own];
}

function isCareDepartment(actor: Actor): boolean {
  return actor.role === 'department' && actor.scopes.department === CARE_DEPARTMENT;
}
