import { Injectable } from '@nestjs/common';
import {
  ReportCategoryCode,
  ReportCategoryRef,
  ReporterKind,
  ReportRejectionReason,
  ReportSeverity,
  ReportStatus,
} from '@waystation/contracts';
import { EntityManager } from 'typeorm';
import { ReportHistoryEntry } from '../reports/report-history-entry.entity';
import { CheckedReport, refusalOf } from './report-move-check';
import { Mover } from './report-mover';

/** A report as a move sees it, locked for the transaction. */
export interface LockedReport extends CheckedReport {
  reporterId: string;
  reporterKind: ReporterKind;
  category: ReportCategoryCode;
  /** The category as events name it: code, group and names. */
  categoryRef: ReportCategoryRef;
  lat: number;
  lng: number;
  districtCode: string | null;
  private: boolean;
  capturedAt: Date;
  submittedAt: Date;
  reviewedBy: string | null;
  rejectionReason: string | null;
  /** The verdict it has, if reviewed: a repeated review is told from a new one by these. */
  severity: ReportSeverity | null;
  rejectionCode: ReportRejectionReason | null;
}

/** One move to make: the report, where it goes, who moves it, and why. */
export interface ReportMove {
  report: LockedReport;
  to: ReportStatus;
  mover: Mover;
  reasonCode?: string | null;
  note?: string | null;
}

/**
 * The one way a report's status changes: each move is checked against the transition table, then the status and a
 * history entry (who by id and role, when, from, to, why) are written in the caller's transaction, so a refused
 * move writes nothing and an accepted one is never without its history.
 */
@Injectable()
export class ReportTransitions {
  /** Locks the reports in id order, so concurrent transactions cannot deadlock; resolves to them by id. */
  async lock(manager: EntityManager, reportIds: string[]): Promise<Map<string, LockedReport>> {
    const rows = await manager.query<LockedReport[]>(
      `SELECT r.id, r.reporter_id AS "reporterId", r.reporter_kind AS "reporterKind", r.category,
              json_build_object('code', c.code, 'group', c."group", 'name', json_build_object('zh-CN', c.name_zh, 'en', c.name_en)) AS "categoryRef",
              r.lat, r.lng, r.status, r.community_code AS "communityCode", r.district_code AS "districtCode", r.private,
              r.captured_at AS "capturedAt", r.submitted_at AS "submittedAt", r.reviewed_by AS "reviewedBy",
              r.rejection_reason AS "rejectionReason", r.severity, r.rejection_code AS "rejectionCode"
         FROM reports r JOIN report_categories c ON c.code = r.category
        WHERE r.id = ANY($1::uuid[]) ORDER BY r.id FOR UPDATE OF r`,
      [reportIds],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Locks one report; undefined when it does not exist. */
  async lockOne(manager: EntityManager, reportId: string): Promise<LockedReport | undefined> {
    return (await this.lock(manager, [reportId])).get(reportId);
  }

  /** Makes every move, or throws the first refusal before writing anything. The moved reports show their new status. */
  async apply(manager: EntityManager, moves: ReportMove[], at: Date): Promise<void> {
    for (const { report, to, mover } of moves) {
      const refusal = refusalOf(report, to, mover);
      if (refusal) throw refusal;
    }
    await manager.query(
      `UPDATE reports SET status = change.status FROM unnest($1::uuid[], $2::text[]) AS change(id, status) WHERE reports.id = change.id`,
      [moves.map((move) => move.report.id), moves.map((move) => move.to)],
    );
    await manager.insert(
      ReportHistoryEntry,
      moves.map(({ report, to, mover, reasonCode, note }) => ({
        reportId: report.id,
        fromStatus: report.status,
        status: to,
        actorId: mover.id,
        actorRole: mover.role,
        reasonCode: reasonCode ?? null,
        note: note ?? null,
        at,
      })),
    );
    for (const move of moves) move.report.status = move.to;
  }
}
