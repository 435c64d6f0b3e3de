import { Injectable } from '@nestjs/common';
import { Actor, isStaff, reportMergedV1 } from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { DataSource, EntityManager } from 'typeorm';
import { moverKindsOf } from '../lifecycle/report-mover';
import { canSeeReport } from '../visibility/report-visibility';
import { LockedReport, ReportTransitions } from '../lifecycle/report-transitions.service';
import { ReportNotFoundError, ReviewNotAllowedError } from '../reports/report-errors';
import { ReportQueries } from '../reports/report-queries.service';
import { Report } from '../reports/report.entity';
import { SERVICE_NAME } from '../service-name';
import { DuplicateDetection } from './duplicate-detection.service';
import { CaseNotOpenError, MergeIntoItselfError, ReportAlreadyMergedError } from './duplicate-errors';

/** Where a case no longer takes reports. */
const ENDED_STATUSES = ['rejected', 'merged', 'resolved', 'closed', 'closed-not-fixed'];

export interface ReportDuplicates {
  report: Report;
  candidates: Report[];
}

/**
 * Staff decide about likely duplicates: see the candidates side by side, merge a report into the case it joins
 * (the earlier report, whose id is the case's), or keep it apart. A case knows its reporters in order: the case
 * report's reporter is first, each merged report's reporter after, and one person's repeats keep their first place.
 */
@Injectable()
export class DuplicateMerging {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly queries: ReportQueries,
    private readonly transitions: ReportTransitions,
    private readonly detection: DuplicateDetection,
  ) {}

  async duplicates(staff: Actor, reportId: string): Promise<ReportDuplicates> {
    assertStaff(staff);
    return this.dataSource.transaction(async (manager) => {
      const report = await this.visibleReport(manager, staff, reportId);
      const candidateIds = await this.detection.candidates(manager, report);
      const candidates = await this.queries.byIds(manager, candidateIds);
      return {
        report,
        candidates: candidateIds.map((id) => candidates.get(id) as Report).filter((candidate) => canSeeReport(staff, candidate)),
      };
    });
  }

  async merge(staff: Actor, reportId: string, caseId: string, correlationId: string): Promise<Report> {
    assertStaff(staff);
    const [id, target] = [reportId.toLowerCase(), caseId.toLowerCase()];
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.transitions.lock(manager, [id, target]);
      const report = visible(staff, locked.get(id), id);
      const kase = visible(staff, locked.get(target), target);
      if (id === target) throw new MergeIntoItselfError(id);
      const [{ merged_into: mergedInto }] = await manager.query<{ merged_into: string | null }[]>(
        `SELECT merged_into FROM reports WHERE id = $1`,
        [id],
      );
      if (mergedInto === target) return this.queries.byId(manager, id);
      if (mergedInto) throw new ReportAlreadyMergedError(id, mergedInto);
      if (ENDED_STATUSES.includes(kase.status)) throw new CaseNotOpenError(target, kase.status);
      const mergedAt = new Date();
      await this.transitions.apply(manager, [{ report, to: 'merged', mover: staff, reasonCode: 'duplicate', note: null }], mergedAt);
      await manager.query(`UPDATE reports SET merged_into = $1, reviewed_at = $2, reviewed_by = $3 WHERE id = $4`, [
        target,
        mergedAt,
        staff.id,
        id,
      ]);
      const place = await this.joinCase(manager, kase, report, mergedAt);
      await this.outbox.add(
        manager,
        reportMergedV1.create({
          aggregateId: id,
          correlationId,
          producer: SERVICE_NAME,
          occurredAt: mergedAt,
          payload: {
            caseId: target,
            reportId: id,
            reporterId: report.reporterId,
            reporterKind: report.reporterKind,
            category: report.categoryRef,
            reporterPosition: place.position,
            alreadyReportedCase: place.repeat,
            mergedBy: staff.id,
            mergedAt: mergedAt.toISOString(),
          },
        }),
      );
      return this.queries.byId(manager, id);
    });
  }

  /** Clears the likely-duplicate flag: staff judged the reports to be about different problems. */
  async keepApart(staff: Actor, reportId: string): Promise<Report> {
    assertStaff(staff);
    return this.dataSource.transaction(async (manager) => {
      const report = await this.visibleReport(manager, staff, reportId);
      await manager.query(`UPDATE reports SET duplicate_of = NULL WHERE id = $1`, [report.id]);
      return this.queries.byId(manager, report.id);
    });
  }

  /**
   * Adds `report`'s reporter to the case's reporters (the case report's own reporter first, if the case is new),
   * under the case's row lock, so merges into one case number their reporters one after another.
   */
  private async joinCase(manager: EntityManager, kase: LockedReport, report: LockedReport, joinedAt: Date) {
    await manager.query(
      `INSERT INTO report_case_reporters (report_id, case_id, reporter_id, reporter_position, joined_at)
       VALUES ($1, $1, $2, 1, $3) ON CONFLICT (report_id) DO NOTHING`,
      [kase.id, kase.reporterId, kase.submittedAt],
    );
    const [earlier] = await manager.query<{ reporter_position: number }[]>(
      `SELECT reporter_position FROM report_case_reporters WHERE case_id = $1 AND reporter_id = $2 ORDER BY joined_at LIMIT 1`,
      [kase.id, report.reporterId],
    );
    const [{ reporters }] = await manager.query<{ reporters: number }[]>(
      `SELECT count(DISTINCT reporter_id)::int AS reporters FROM report_case_reporters WHERE case_id = $1`,
      [kase.id],
    );
    const place = earlier ? { position: earlier.reporter_position, repeat: true } : { position: reporters + 1, repeat: false };
    await manager.query(
      `INSERT INTO report_case_reporters (report_id, case_id, reporter_id, reporter_position, joined_at) VALUES ($1, $2, $3, $4, $5)`,
      [report.id, kase.id, report.reporterId, place.position, joinedAt],
    );
    return place;
  }

  private async visibleReport(manager: EntityManager, staff: Actor, reportId: string): Promise<Report> {
    const id = reportId.toLowerCase();
    const report = (await this.queries.byIds(manager, [id])).get(id);
    if (!report || !canSeeReport(staff, report)) throw new ReportNotFoundError(id);
    // A staff member who filed the report sees it as its reporter, and does not decide about it.
    if (!moverKindsOf(staff, report).includes('reviewer')) throw new ReviewNotAllowedError(staff.role);
    return report;
  }
}

function assertStaff(actor: Actor): void {
  if (!isStaff(actor)) throw new ReviewNotAllowedError(actor.role);
}

function visible(staff: Actor, report: LockedReport | undefined, reportId: string): LockedReport {
  if (!report || !canSeeReport(staff, report)) throw new ReportNotFoundError(reportId);
  return report;
}
