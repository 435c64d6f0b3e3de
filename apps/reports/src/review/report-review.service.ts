import { Injectable } from '@nestjs/common';
import {
  Actor,
  AnyEvent,
  isStaff,
  reportConfirmedV3,
  ReportRejectionReason,
  reportRejectedV1,
  ReportSeverity,
  ReportStatus,
  v1CategoryOfGroup,
} from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { MicroBatcher } from '@waystation/platform';
import { DataSource, EntityManager } from 'typeorm';
import { ReportDispatch } from '../dispatch/report-dispatch.service';
import { refusalOf } from '../lifecycle/report-move-check';
import { LockedReport, ReportMove, ReportTransitions } from '../lifecycle/report-transitions.service';
import { ReportNotFoundError, ReviewNotAllowedError } from '../reports/report-errors';
import { ReportQueries } from '../reports/report-queries.service';
import { Report } from '../reports/report.entity';
import { SERVICE_NAME } from '../service-name';
import { SlaDeadlines } from '../sla/sla-deadlines.service';
import { canSeeReport } from '../visibility/report-visibility';

type Verdict =
  | { status: 'confirmed'; severity: ReportSeverity; note: string | null }
  | { status: 'rejected'; reasonCode: ReportRejectionReason; note: string | null };

interface Review {
  reviewer: Actor;
  reportId: string;
  verdict: Verdict;
  correlationId: string;
}

/**
 * Community staff of the report's community (or an admin) confirm a submitted report with a severity, or reject it
 * with a reason code and a note the reporter reads, once; the transition table decides (ReportTransitions). The
 * status change, its history entry and its event commit together; the row lock makes two reviewers racing on one
 * report end with one verdict. Staff of another community are answered as if the report did not exist.
 *
 * A review repeated by its reviewer with the same verdict (a retry after a timeout) is answered like the first,
 * with the report and nothing written again; any other second review is refused (409).
 *
 * Reviews arriving together are written together, in one transaction (see MicroBatcher): each still gets its
 * own answer, and a report reviewed twice in one batch keeps the first verdict.
 */
@Injectable()
export class ReportReview {
  private readonly batcher = new MicroBatcher<Review, Report>((reviews) => this.reviewAll(reviews));

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly queries: ReportQueries,
    private readonly transitions: ReportTransitions,
    private readonly slaDeadlines: SlaDeadlines,
    private readonly dispatch: ReportDispatch,
  ) {}

  confirm(reviewer: Actor, reportId: string, severity: ReportSeverity, note: string | undefined, correlationId: string): Promise<Report> {
    return this.review({ reviewer, reportId, verdict: { status: 'confirmed', severity, note: note ?? null }, correlationId });
  }

  reject(
    reviewer: Actor,
    reportId: string,
    reasonCode: ReportRejectionReason,
    note: string | undefined,
    correlationId: string,
  ): Promise<Report> {
    return this.review({ reviewer, reportId, verdict: { status: 'rejected', reasonCode, note: note ?? null }, correlationId });
  }

  private async review(review: Review): Promise<Report> {
    if (!isStaff(review.reviewer)) throw new ReviewNotAllowedError(review.reviewer.role);
    // PostgreSQL answers with lower-case ids; the path may carry an upper-case one.
    return this.batcher.submit({ ...review, reportId: review.reportId.toLowerCase() });
  }

  private reviewAll(reviews: Review[]): Promise<PromiseSettledResult<Report>[]> {
    // The reviewed reports are read in the same transaction: if reading them fails, nothing was reviewed, and the batcher
    // may safely try each review again on its own.
    return this.dataSource.transaction(async (manager) => {
      const reports = await this.transitions.lock(
        manager,
        reviews.map((review) => review.reportId),
      );
      const reviewedAt = new Date();
      const accepted: { review: Review; move: ReportMove }[] = [];
      const answered: string[] = [];
      const refusals = reviews.map((review) => {
        const report = reports.get(review.reportId);
        if (!report || !canSeeReport(review.reviewer, report)) return new ReportNotFoundError(review.reportId);
        if (!repeats(review, report)) {
          const refusal = refusalOf(report, review.verdict.status, review.reviewer);
          if (refusal) return refusal;
          accepted.push({ review, move: toMove(review, report) });
          recordVerdict(report, review);
        }
        answered.push(review.reportId);
        return undefined;
      });
      if (answered.length === 0) return refusals.map((reason): PromiseSettledResult<Report> => ({ status: 'rejected', reason }));
      if (accepted.length > 0) await this.record(manager, accepted, reviewedAt);
      const reviewed = await this.queries.byIds(manager, answered);
      return reviews.map((review, index): PromiseSettledResult<Report> => {
        const refusal = refusals[index];
        return refusal ? { status: 'rejected', reason: refusal } : { status: 'fulfilled', value: reviewed.get(review.reportId) as Report };
      });
    });
  }

  private async record(manager: EntityManager, accepted: { review: Review; move: ReportMove }[], reviewedAt: Date): Promise<void> {
    await this.transitions.apply(
      manager,
      accepted.map(({ move }) => move),
      reviewedAt,
    );
    const verdicts = accepted.map(({ review }) => review);
    await manager.query(
      `UPDATE reports
          SET reviewed_at = $1, reviewed_by = change.reviewed_by, rejection_reason = change.rejection_reason,
              rejection_code = change.rejection_code, severity = change.severity
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[]) AS change(id, reviewed_by, rejection_reason, rejection_code, severity)
        WHERE reports.id = change.id`,
      [
        reviewedAt,
        verdicts.map((review) => review.reportId),
        verdicts.map((review) => review.reviewer.id),
        verdicts.map(({ verdict }) => (verdict.status === 'rejected' ? rejectionText(verdict) : null)),
        verdicts.map(({ verdict }) => (verdict.status === 'rejected' ? verdict.reasonCode : null)),
        verdicts.map(({ verdict }) => (verdict.status === 'confirmed' ? verdict.severity : null)),
      ],
    );
    const confirmed = verdicts.filter((review) => review.verdict.status === 'confirmed').map((review) => review.reportId);
    await this.slaDeadlines.start(manager, confirmed, reviewedAt);
    await this.outbox.add(manager, ...accepted.map(({ review, move }) => verdictEvent(move.report, review, reviewedAt)));
    await this.dispatch.routeConfirmed(
      manager,
      accepted.flatMap(({ review, move }) =>
        review.verdict.status === 'confirmed'
          ? [{ report: move.report, severity: review.verdict.severity, reviewer: review.reviewer, correlationId: review.correlationId }]
          : [],
      ),
      reviewedAt,
    );
  }
}

/** The statuses a confirmed report is never in again. */
const UNCONFIRMED: readonly ReportStatus[] = ['submitted', 'rejected', 'merged'];

/** The move a review makes, on a copy of the report as it was (the batch goes on seeing the verdict on `report`). */
function toMove(review: Review, report: LockedReport): ReportMove {
  const { verdict, reviewer } = review;
  return {
    report: { ...report },
    to: verdict.status,
    mover: reviewer,
    reasonCode: verdict.status === 'rejected' ? verdict.reasonCode : null,
    note: verdict.note,
  };
}

/** Marks `report` with the verdict, so a second review of it in the same batch reads as a repeat or a refusal. */
function recordVerdict(report: LockedReport, { verdict, reviewer }: Review): void {
  report.status = verdict.status;
  report.reviewedBy = reviewer.id;
  report.severity = verdict.status === 'confirmed' ? verdict.severity : null;
  report.rejectionCode = verdict.status === 'rejected' ? verdict.reasonCode : null;
  report.rejectionReason = verdict.status === 'rejected' ? rejectionText(verdict) : null;
}

/** What the reporter reads as the reason: the reviewer's note, else the reason code. */
function rejectionText(verdict: Extract<Verdict, { status: 'rejected' }>): string {
  return verdict.note ?? verdict.reasonCode;
}

/**
 * Whether `review` is the verdict `report` already has, from the same reviewer: a confirmation with the same
 * severity (its note is a remark, not part of the verdict), or a rejection with the same reason code and note.
 */
function repeats({ reviewer, verdict }: Review, report: LockedReport): boolean {
  if (report.reviewedBy !== reviewer.id) return false;
  // A confirmed report may have moved on at once (dispatched by the routing rules), or since.
  if (verdict.status === 'confirmed') return !UNCONFIRMED.includes(report.status) && report.severity === verdict.severity;
  if (report.status !== verdict.status) return false;
  return report.rejectionCode === verdict.reasonCode && report.rejectionReason === rejectionText(verdict);
}

function verdictEvent(report: LockedReport, { verdict, reviewer, correlationId }: Review, reviewedAt: Date): AnyEvent {
  const common = { aggregateId: report.id, correlationId, producer: SERVICE_NAME, occurredAt: reviewedAt };
  const subject = { reportId: report.id, reporterId: report.reporterId, reporterKind: report.reporterKind };
  if (verdict.status === 'confirmed') {
    return reportConfirmedV3.create({
      ...common,
      payload: {
        ...subject,
        category: report.categoryRef,
        location: report.private ? undefined : { lat: report.lat, lng: report.lng },
        communityCode: report.communityCode,
        districtCode: report.districtCode,
        private: report.private,
        capturedAt: report.capturedAt.toISOString(),
        confirmedBy: reviewer.id,
        confirmedAt: reviewedAt.toISOString(),
        severity: verdict.severity,
      },
    });
  }
  return reportRejectedV1.create({
    ...common,
    payload: {
      ...subject,
      category: v1CategoryOfGroup(report.categoryRef.group),
      rejectedBy: reviewer.id,
      reason: rejectionText(verdict),
      reasonCode: verdict.reasonCode,
      note: verdict.note ?? undefined,
      rejectedAt: reviewedAt.toISOString(),
    },
  });
}
