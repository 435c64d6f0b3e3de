import { Injectable } from '@nestjs/common';
import { Actor, DepartmentAction, DepartmentAssignmentStatus, reportUpdatedV1 } from '@waystation/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ReportTransitions } from '../lifecycle/report-transitions.service';
import { PhotoAttachments } from '../photos/photo-attachments.service';
import { ReportNotFoundError } from '../reports/report-errors';
import { SERVICE_NAME } from '../service-name';
import { assignmentStepsOf } from './assignment-moves';
import { DepartmentFeed } from './department-feed.service';
import { AssignmentMoveNotAllowedError, DepartmentRoleRequiredError } from './dispatch-errors';
import { ReportAssignment } from './report-assignment.entity';
import { ReportAssignments } from './report-assignments.service';

export interface DepartmentUpdate {
  note?: string;
  photoIds?: string[];
}

/**
 * What a department does with a report routed to it, for its own part only: acknowledge it, post progress (a note,
 * photos it uploaded), resolve it with evidence, or answer "not responsible" with a reason. Each step is written
 * to the department's history, the report's status follows from every department's part (ReportAssignments.settle)
 * and `report.updated` announces it, all in one transaction. A report not routed to the caller's department (or
 * taken from it) answers 404, as if it did not exist.
 */
@Injectable()
export class DepartmentWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly feed: DepartmentFeed,
    private readonly transitions: ReportTransitions,
    private readonly assignments: ReportAssignments,
    private readonly photos: PhotoAttachments,
  ) {}

  act(
    actor: Actor,
    reportId: string,
    action: DepartmentAction,
    update: DepartmentUpdate,
    correlationId: string,
  ): Promise<ReportAssignment> {
    return this.dataSource.transaction((manager) => this.actIn(manager, actor, reportId, action, update, correlationId));
  }

  /** `act` in the caller's transaction, for a caller whose own record of the move must commit with it. */
  async actIn(
    manager: EntityManager,
    actor: Actor,
    reportId: string,
    action: DepartmentAction,
    update: DepartmentUpdate,
    correlationId: string,
  ): Promise<ReportAssignment> {
    const department = departmentOf(actor);
    const id = reportId.toLowerCase();
    const report = await this.transitions.lockOne(manager, id);
    const assignment = report && (await manager.findOneBy(ReportAssignment, { reportId: id, departmentCode: department }));
    if (!report || !assignment || assignment.status === 'withdrawn') throw new ReportNotFoundError(id);
    const steps = assignmentStepsOf(action, assignment.status);
    if (!steps) throw new AssignmentMoveNotAllowedError(id, department, assignment.status, action);
    const photoIds = [...new Set((update.photoIds ?? []).map((photoId) => photoId.toLowerCase()))];
    const at = new Date();
    await this.photos.attachAsEvidence(manager, actor, id, photoIds, at);
    let from: DepartmentAssignmentStatus = assignment.status;
    for (const [index, to] of steps.entries()) {
      const last = index === steps.length - 1;
      const step = { departmentCode: department, from, to, note: last ? (update.note ?? null) : null, photoIds: last ? photoIds : [] };
      await this.assignments.move(manager, id, [step], actor, at);
      await this.assignments.settle(manager, report, actor, at, correlationId);
      from = to;
    }
    await this.feed.add(
      manager,
      reportUpdatedV1.create({
        aggregateId: id,
        correlationId,
        producer: SERVICE_NAME,
        occurredAt: at,
        payload: {
          reportId: id,
          departmentCode: department,
          status: from,
          reportStatus: report.status,
          note: update.note,
          photoIds: photoIds.length > 0 ? photoIds : undefined,
          updatedBy: actor.id,
          updatedAt: at.toISOString(),
        },
      }),
    );
    return manager.findOneOrFail(ReportAssignment, { where: { reportId: id, departmentCode: department }, relations: { history: true } });
  }
}

/** The department a department user acts for; anyone else may not act for one. */
export function departmentOf(actor: Actor): string {
  if (actor.role !== 'department' || !actor.scopes.department) throw new DepartmentRoleRequiredError(actor.role);
  return actor.scopes.department;
}
