import { Injectable } from '@nestjs/common';
import { Actor, DepartmentAssignmentStatus, DepartmentFacingEvent, isStaff, ReportSeverity, ReportStatus } from '@waystation/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { CategoryCatalog } from '../categories/category-catalog.service';
import { categoryRefOf } from '../categories/category-view.mapper';
import { DepartmentDirectory } from '../departments/department-directory.service';
import { moverKindsOf } from '../lifecycle/report-mover';
import { LockedReport, ReportTransitions } from '../lifecycle/report-transitions.service';
import { ReportNotFoundError } from '../reports/report-errors';
import { ReportQueries } from '../reports/report-queries.service';
import { Report } from '../reports/report.entity';
import { RoutingRules } from '../routing/routing-rules.service';
import { SlaDeadlines } from '../sla/sla-deadlines.service';
import { canSeeReport } from '../visibility/report-visibility';
import { ACTIVE_ASSIGNMENT_STATUSES } from './assignment-moves';
import { DepartmentFeed } from './department-feed.service';
import { DepartmentTookReportOnError, DispatchNotAllowedError, NoDepartmentLeftError, RerouteNotAllowedError } from './dispatch-errors';
import { dispatchedEvent, withdrawnEvent } from './dispatch-events';
import { ReportAssignments } from './report-assignments.service';

/** A report just confirmed, for routing in the confirmation's transaction. */
export interface ConfirmedReport {
  report: LockedReport;
  severity: ReportSeverity;
  reviewer: Actor;
  correlationId: string;
}

export interface Reroute {
  /** A new category for the report (staff recategorise it). */
  category?: string;
  add: string[];
  remove: string[];
  reason: string;
}

/** The statuses in which staff may (re-)dispatch a report: confirmed, not yet resolved. */
const REROUTABLE: readonly ReportStatus[] = ['confirmed', 'dispatched', 'acknowledged', 'in-progress', 'not-responsible', 'reopened'];
/** After these the deadlines start again: the report is with new hands. */
const RESTARTS_DEADLINES: readonly ReportStatus[] = ['not-responsible', 'reopened'];

/**
 * Sends reports to departments. At confirmation, automatically, to the departments the routing rule for the
 * report's category and district names (its district's rule; else the category's default, less the departments
 * that do not serve the district), recording the rule's version; a report that leaves no department stays
 * confirmed, in the manual dispatch queue. Staff of the report's community
 * dispatch from that queue and re-route at any time before resolution: recategorise, add departments, take away a
 * department that has not taken the report on, with a reason. Re-dispatching a reopened report closes out the
 * departments of the earlier round that are not sent it again. Each dispatch announces `report.dispatched` (the
 * departments newly given it), each removal `report.withdrawn`.
 */
@Injectable()
export class ReportDispatch {
  constructor(
    private readonly dataSource: DataSource,
    private readonly feed: DepartmentFeed,
    private readonly transitions: ReportTransitions,
    private readonly assignments: ReportAssignments,
    private readonly rules: RoutingRules,
    private readonly departments: DepartmentDirectory,
    private readonly categories: CategoryCatalog,
    private readonly queries: ReportQueries,
    private readonly slaDeadlines: SlaDeadlines,
  ) {}

  /** Routes reports confirmed in `manager`'s transaction by the rules current now. */
  async routeConfirmed(manager: EntityManager, confirmed: ConfirmedReport[], at: Date): Promise<void> {
    for (const { report, severity, reviewer, correlationId } of confirmed) {
      const rule = await this.rules.match(manager, report.category, report.districtCode);
      if (!rule) continue;
      // A district's own rule names its departments; a category's default names those that serve the district.
      const codes = rule.districtCode ? rule.departments : await this.departments.serving(manager, rule.departments, report.districtCode);
      if (codes.length === 0) continue;
      const departments = codes.map((code) => ({ code, ruleId: rule.id, from: null }));
      await this.assignments.dispatch(manager, report, departments, reviewer, at);
      await this.assignments.settle(manager, report, reviewer, at, correlationId);
      const names = await this.departments.namesOf(manager, codes);
      await this.feed.add(manager, dispatchedEvent(report, severity, departments, names, reviewer, at, correlationId));
    }
  }

  reroute(actor: Actor, reportId: string, change: Reroute, correlationId: string): Promise<Report> {
    if (!isStaff(actor)) throw new DispatchNotAllowedError(actor.role);
    const id = reportId.toLowerCase();
    return this.dataSource.transaction(async (manager) => {
      const report = await this.transitions.lockOne(manager, id);
      if (!report || !canSeeReport(actor, report)) throw new ReportNotFoundError(id);
      if (!moverKindsOf(actor, report).includes('reviewer')) throw new DispatchNotAllowedError(actor.role);
      if (!REROUTABLE.includes(report.status)) throw new RerouteNotAllowedError(id, report.status);
      await this.departments.mustExist(manager, [...change.add, ...change.remove]);
      const at = new Date();
      const events: DepartmentFacingEvent[] = [];
      if (change.category && change.category !== report.category)
        await this.recategorise(manager, report, change.category, change.reason, actor, at);

      const current = new Map((await this.assignments.ofReport(manager, id)).map((a) => [a.departmentCode, a.status]));
      const withdrawn = this.withdrawals(report, current, change);
      await this.assignments.move(
        manager,
        id,
        withdrawn.map((code) => ({ departmentCode: code, from: current.get(code) ?? null, to: 'withdrawn', note: change.reason })),
        actor,
        at,
      );
      for (const code of withdrawn) current.set(code, 'withdrawn');
      const added = [...new Set(change.add)]
        .filter((code) => !ACTIVE_ASSIGNMENT_STATUSES.includes(current.get(code) as DepartmentAssignmentStatus))
        .map((code) => ({ code, ruleId: null, from: current.get(code) ?? null }));
      for (const { code } of added) current.set(code, 'dispatched');
      if (![...current.values()].some((status) => ACTIVE_ASSIGNMENT_STATUSES.includes(status))) throw new NoDepartmentLeftError(id);
      await this.assignments.dispatch(manager, report, added, actor, at);

      const restart = RESTARTS_DEADLINES.includes(report.status);
      await this.assignments.settle(manager, report, actor, at, correlationId, change.reason);
      if (restart) await this.slaDeadlines.start(manager, [id], at);
      if (withdrawn.length > 0) events.push(withdrawnEvent(report, withdrawn, change.reason, actor, at, correlationId));
      if (added.length > 0) {
        const names = await this.departments.namesOf(
          manager,
          added.map(({ code }) => code),
        );
        events.push(dispatchedEvent(report, report.severity, added, names, actor, at, correlationId));
      }
      await this.feed.add(manager, ...events);
      return this.queries.byId(manager, id);
    });
  }

  /** The departments this re-route takes the report from; refuses one that has taken it on. */
  private withdrawals(report: LockedReport, current: Map<string, DepartmentAssignmentStatus>, change: Reroute): string[] {
    const removed = [...new Set(change.remove)].filter((code) => current.has(code) && current.get(code) !== 'withdrawn');
    for (const code of removed) {
      const status = current.get(code) as DepartmentAssignmentStatus;
      if (status !== 'dispatched' && status !== 'not-responsible') throw new DepartmentTookReportOnError(report.id, code, status);
    }
    if (report.status !== 'reopened') return removed;
    const earlierRound = [...current].filter(([code, status]) => status === 'resolved' && !change.add.includes(code)).map(([code]) => code);
    return [...new Set([...removed, ...earlierRound])];
  }

  private async recategorise(
    manager: EntityManager,
    report: LockedReport,
    category: string,
    reason: string,
    actor: Actor,
    at: Date,
  ): Promise<void> {
    const definition = await this.categories.get(category);
    await manager.query(`UPDATE reports SET category = $2, private = $3 WHERE id = $1`, [
      report.id,
      definition.code,
      report.private || definition.private,
    ]);
    await manager.query(
      `INSERT INTO report_history (report_id, from_status, status, actor_id, actor_role, reason_code, note, at)
       VALUES ($1, $2, $2, $3, $4, 'recategorised', $5, $6)`,
      [report.id, report.status, actor.id, actor.role, `${report.category} → ${definition.code}: ${reason}`, at],
    );
    report.category = definition.code;
    report.categoryRef = categoryRefOf(definition);
    report.private = report.private || definition.private;
  }
}
