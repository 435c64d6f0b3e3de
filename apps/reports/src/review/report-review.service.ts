import { Injectable } from '@nestjs/common';
import { AnyEvent, reportConfirmedV1, reportRejectedV1 } from '@waystation/contracts';
import { Actor, isStaff, ReportStatus, ReportView } from '@waystation/http-api';
import { Outbox } from '@waystation/messaging';
import { DataSource } from 'typeorm';
import { ReportAlreadyReviewedError, ReportNotFoundError, ReviewNotAllowedError } from '../reports/report-errors';
import { ReportHistoryEntry } from '../reports/report-history-entry.entity';
import { ReportQueries } from '../reports/report-queries.service';
import { Report } from '../reports/report.entity';
import { SERVICE_NAME } from '../service-name';

type Verdict = { status: 'confirmed'; note: string | null } | { status: 'rejected'; reason: string };

/**
 * Community staff confirm or reject a submitted report, once. The status change, its history entry and its
 * event commit together; the row lock makes two reviewers racing on one report end with one verdict.
 */
@Injectable()
export class ReportReview {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly queries: ReportQueries,
  ) {}

  confirm(reviewer: Actor, reportId: string, note: string | undefined, correlationId: string): Promise<ReportView> {
    return this.review(reviewer, reportId, { status: 'confirmed', note: note ?? null }, correlationId);
  }

  reject(reviewer: Actor, reportId: string, reason: string, correlationId: string): Promise<ReportView> {
    return this.review(reviewer, reportId, { status: 'rejected', reason }, correlationId);
  }

  private async review(reviewer: Actor, reportId: string, verdict: Verdict, correlationId: string): Promise<ReportView> {
    if (!isStaff(reviewer)) throw new ReviewNotAllowedError(reviewer.role);
    await this.dataSource.transaction(async (manager) => {
      const report = await manager.findOne(Report, { where: { id: reportId }, lock: { mode: 'pessimistic_write' } });
      if (!report) throw new ReportNotFoundError(reportId);
      if (report.status !== 'submitted') throw new ReportAlreadyReviewedError(reportId, report.status);
      const reviewedAt = new Date();
      report.status = verdict.status;
      report.reviewedAt = reviewedAt;
      report.reviewedBy = reviewer.id;
      report.rejectionReason = verdict.status === 'rejected' ? verdict.reason : null;
      const { status, reviewedBy, rejectionReason } = report;
      await manager.update(Report, { id: reportId }, { status, reviewedAt, reviewedBy, rejectionReason });
      await manager.insert(ReportHistoryEntry, {
        reportId,
        status: verdict.status as ReportStatus,
        actorId: reviewer.id,
        note: verdict.status === 'rejected' ? verdict.reason : verdict.note,
        at: reviewedAt,
      });
      await this.outbox.add(manager, verdictEvent(report, verdict, reviewer, reviewedAt, correlationId));
    });
    return this.queries.get(reviewer, reportId);
  }
}

function verdictEvent(report: Report, verdict: Verdict, reviewer: Actor, reviewedAt: Date, correlationId: string): AnyEvent {
  const common = { aggregateId: report.id, correlationId, producer: SERVICE_NAME, occurredAt: reviewedAt };
  const subject = { reportId: report.id, reporterId: report.reporterId, category: report.category };
  if (verdict.status === 'confirmed') {
    return reportConfirmedV1.create({
      ...common,
      payload: {
        ...subject,
        location: { lat: report.lat, lng: report.lng },
        confirmedBy: reviewer.id,
        confirmedAt: reviewedAt.toISOString(),
      },
    });
  }
  return reportRejectedV1.create({
    ...common,
    payload: { ...subject, rejectedBy: reviewer.id, reason: verdict.reason, rejectedAt: reviewedAt.toISOString() },
  });
}
