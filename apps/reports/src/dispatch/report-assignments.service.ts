import { Inject, Injectable } from '@nestjs/common';
import { DepartmentAssignmentStatus, reportResolvedV1 } from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { EntityManager } from 'typeorm';
import { LIFECYCLE_SETTINGS, LifecycleSettings } from '../lifecycle/lifecycle-settings';
import { Mover } from '../lifecycle/report-mover';
import { LockedReport, ReportTransitions } from '../lifecycle/report-transitions.service';
import { SERVICE_NAME } from '../service-name';
import { SlaDeadlines } from '../sla/sla-deadlines.service';
import { overallStatusOf } from './overall-status';
import { ReportAssignmentStep } from './report-assignment-step.entity';
import { ReportAssignment } from './report-assignment.entity';

const DAY_MS = 24 * 60 * 60 * 1000;

/** One step of one department's part, as written to its history. */
export interface AssignmentStep {
  departmentCode: string;
  from: DepartmentAssignmentStatus | null;
  to: DepartmentAssignmentStatus;
  note?: string | null;
  photoIds?: string[];
}

/**
 * A report's assignments to departments, always written in the caller's transaction with the report locked: each
 * department's status with its history, and then the report's own status as it follows from all of them
 * (`overallStatusOf`), moved through the transition table. When that makes the report resolved, `report.resolved`
 * goes to the outbox in the same transaction, once per resolution.
 */
@Injectable()
export class ReportAssignments {
  constructor(
    private readonly outbox: Outbox,
    private readonly transitions: ReportTransitions,
    private readonly slaDeadlines: SlaDeadlines,
    @Inject(LIFECYCLE_SETTINGS) private readonly settings: LifecycleSettings,
  ) {}

  ofReport(manager: EntityManager, reportId: string): Promise<ReportAssignment[]> {
    return manager.find(ReportAssignment, { where: { reportId }, order: { departmentCode: 'ASC' } });
  }

  /**
   * Sends the report to departments anew: a department it left (or that answered) starts again at dispatched. Each
   * department's own SLA clocks start at this dispatch, by the policy of the report's category.
   */
  async dispatch(
    manager: EntityManager,
    report: { id: string; category: string },
    departments: { code: string; ruleId: string | null; from: DepartmentAssignmentStatus | null }[],
    mover: Mover,
    at: Date,
  ): Promise<void> {
    if (departments.length === 0) return;
    const due = await this.slaDeadlines.of(manager, report.category, at);
    await manager.query(
      `INSERT INTO report_assignments
         (report_id, department_code, status, rule_id, dispatched_by, dispatched_at, updated_at, acknowledge_due_at, resolve_due_at)
       SELECT $1, d.code, 'dispatched', d.rule_id, $2, $3, $3, $6, $7 FROM unnest($4::text[], $5::bigint[]) AS d(code, rule_id)
       ON CONFLICT (report_id, department_code) DO UPDATE
         SET status = 'dispatched', rule_id = EXCLUDED.rule_id, dispatched_by = EXCLUDED.dispatched_by,
             dispatched_at = EXCLUDED.dispatched_at, updated_at = EXCLUDED.updated_at,
             acknowledge_due_at = EXCLUDED.acknowledge_due_at, resolve_due_at = EXCLUDED.resolve_due_at`,
      [report.id, mover.id, at, departments.map((d) => d.code), departments.map((d) => d.ruleId), due.acknowledge, due.resolve],
    );
    await this.record(
      manager,
      report.id,
      departments.map((d) => ({ departmentCode: d.code, from: d.from, to: 'dispatched' })),
      mover,
      at,
    );
  }

  /** Moves departments' parts on, each from the status it has (the caller checked the move). */
  async move(manager: EntityManager, reportId: string, steps: AssignmentStep[], mover: Mover, at: Date): Promise<void> {
    if (steps.length === 0) return;
    await manager.query(
      `UPDATE report_assignments SET status = step.status, updated_at = $2
         FROM unnest($3::text[], $4::text[]) AS step(code, status)
        WHERE report_id = $1 AND department_code = step.code`,
      [reportId, at, steps.map((step) => step.departmentCode), steps.map((step) => step.to)],
    );
    await this.record(manager, reportId, steps, mover, at);
  }

  /**
   * Moves the report to the status its departments' parts add up to, if that is another one; `report` then shows
   * it. Refused (and nothing written, the caller's transaction failing) when the transition table does not allow
   * the move for `mover`.
   */
  async settle(
    manager: EntityManager,
    report: LockedReport,
    mover: Mover,
    at: Date,
    correlationId: string,
    note?: string | null,
  ): Promise<void> {
    const assignments = await this.ofReport(manager, report.id);
    const derived = overallStatusOf(assignments.map((assignment) => assignment.status));
    if (!derived || derived === report.status) return;
    await this.transitions.apply(manager, [{ report, to: derived, mover, note: note ?? null }], at);
    if (derived !== 'resolved') return;
    await this.outbox.add(
      manager,
      reportResolvedV1.create({
        aggregateId: report.id,
        correlationId,
        producer: SERVICE_NAME,
        occurredAt: at,
        payload: {
          reportId: report.id,
          reporterId: report.reporterId,
          reporterKind: report.reporterKind,
          category: report.categoryRef,
          resolvedBy: mover.id,
          resolvedAt: at.toISOString(),
          feedbackDueAt: new Date(at.getTime() + this.settings.feedbackWindowDays * DAY_MS).toISOString(),
        },
      }),
    );
  }

  private async record(manager: EntityManager, reportId: string, steps: AssignmentStep[], mover: Mover, at: Date): Promise<void> {
    await manager.insert(
      ReportAssignmentStep,
      steps.map((step) => ({
        reportId,
        departmentCode: step.departmentCode,
        fromStatus: step.from,
        status: step.to,
        actorId: mover.id,
        actorRole: mover.role,
        note: step.note ?? null,
        photoIds: step.photoIds ?? [],
        at,
      })),
    );
  }
}
