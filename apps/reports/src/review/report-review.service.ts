import { Injectable } from '@nestjs/common';
import { Actor, AnyEvent, isStaff, ReportCategory, reportConfirmedV1, reportRejectedV1, ReportStatus } from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { MicroBatcher } from '@waystation/platform';
import { DataSource, EntityManager } from 'typeorm';
import { ReportAlreadyReviewedError, ReportNotFoundError, ReviewNotAllowedError } from '../reports/report-errors';
import { ReportHistoryEntry } from '../reports/report-history-entry.entity';
import { ReportQueries } from '../reports/report-queries.service';
import { Report } from '../reports/report.entity';
import { SERVICE_NAME } from '../service-name';
import { SlaDeadlines } from '../sla/sla-deadlines.service';
import { canSeeReport } from '../visibility/report-visibility';

type Verdict = { status: 'confirmed'; note: string | null } | { status: 'rejected'; reason: string };

interface Review {
  reviewer: Actor;
  reportId: string;
  verdict: Verdict;
  correlationId: string;
}

/** What a review needs of the report it locks. */
interface ReviewedReport {
  id: string;
  reporter_id: string;
  category: ReportCategory;
  lat: number;
  lng: number;
  status: ReportStatus;
  reviewed_by: string | null;
  rejection_reason: string | null;
  private: boolean;
  community_code: string | null;
}

/**
 * Community staff confirm or reject a submitted report, once. The status change, its history entry and its
 * event commit together; the row lock makes two reviewers racing on one report end with one verdict.
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
    private readonly slaDeadlines: SlaDeadlines,
  ) {}

  confirm(reviewer: Actor, reportId: string, note: string | undefined, correlationId: string): Promise<Report> {
    return this.review({ reviewer, reportId, verdict: { status: 'confirmed', note: note ?? null }, correlationId });
  }

  reject(reviewer: Actor, reportId: string, reason: string, correlationId: string): Promise<Report> {
    return this.review({ reviewer, reportId, verdict: { status: 'rejected', reason }, correlationId });
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
      const reports = await this.lockReports(
        manager,
        reviews.map((review) => review.reportId),
      );
      const reviewedAt = new Date();
      const accepted: Review[] = [];
      const answered: string[] = [];
      const refusals = reviews.map((review) => {
        const report = reports.get(review.reportId);
        if (!report || !canSeeReport(review.reviewer, visibilityOf(report))) return new ReportNotFoundError(review.reportId);
        if (report.status === 'submitted') {
          report.status = review.verdict.status;
          report.reviewed_by = review.reviewer.id;
          report.rejection_reason = review.verdict.status === 'rejected' ? review.verdict.reason : null;
          accepted.push(review);
        } else if (!repeats(review, report)) {
          return new ReportAlreadyReviewedError(review.reportId, report.status);
        }
        answered.push(review.reportId);
        return undefined;
      });
      if (answered.length === 0) return refusals.map((reason): PromiseSettledResult<Report> => ({ status: 'rejected', reason }));
      if (accepted.length > 0) await this.record(manager, accepted, reports, reviewedAt);
      const reviewed = await this.queries.byIds(manager, answered);
      return reviews.map((review, index): PromiseSettledResult<Report> => {
        const refusal = refusals[index];
        return refusal ? { status: 'rejected', reason: refusal } : { status: 'fulfilled', value: reviewed.get(review.reportId) as Report };
      });
    });
  }

  /** Locks the reports in id order, so concurrent batches cannot deadlock; resolves to them by id. */
  private async lockReports(manager: EntityManager, reportIds: string[]): Promise<Map<string, ReviewedReport>> {
    const rows = await manager.query<ReviewedReport[]>(
      `SELECT id, reporter_id, category, lat, lng, status, reviewed_by, rejection_reason, private, community_code FROM reports WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [reportIds],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  private async record(manager: EntityManager, reviews: Review[], reports: Map<string, ReviewedReport>, reviewedAt: Date): Promise<void> {
    await manager.query(
      `UPDATE reports
          SET status = change.status, reviewed_at = $1, reviewed_by = change.reviewed_by, rejection_reason = change.rejection_reason
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[]) AS change(id, status, reviewed_by, rejection_reason)
        WHERE reports.id = change.id`,
      [
        reviewedAt,
        reviews.map((review) => review.reportId),
        reviews.map((review) => review.verdict.status),
        reviews.map((review) => review.reviewer.id),
        reviews.map(({ verdict }) => (verdict.status === 'rejected' ? verdict.reason : null)),
      ],
    );
    await manager.insert(
      ReportHistoryEntry,
      reviews.map(({ reportId, reviewer, verdict }) => ({
        reportId,
        status: verdict.status,
        actorId: reviewer.id,
        note: verdict.status === 'rejected' ? verdict.reason : verdict.note,
        at: reviewedAt,
      })),
    );
    const confirmed = reviews.filter((review) => review.verdict.status === 'confirmed').map((review) => review.reportId);
    await this.slaDeadlines.start(manager, confirmed, reviewedAt);
    await this.outbox.add(
      manager,
      ...reviews.map((review) => verdictEvent(reports.get(review.reportId) as ReviewedReport, review, reviewedAt)),
    );
  }
}

function visibilityOf(report: ReviewedReport) {
  return { reporterId: report.reporter_id, private: report.private, communityCode: report.community_code };
}

/**
 * Whether `review` is the verdict `report` already has, from the same reviewer: a confirmation (its note is a
 * remark, not part of the verdict), or a rejection with the same reason.
 */
function repeats({ reviewer, verdict }: Review, report: ReviewedReport): boolean {
  if (report.status !== verdict.status || report.reviewed_by !== reviewer.id) return false;
  return verdict.status !== 'rejected' || report.rejection_reason === verdict.reason;
}

function verdictEvent(report: ReviewedReport, { verdict, reviewer, correlationId }: Review, reviewedAt: Date): AnyEvent {
  const common = { aggregateId: report.id, correlationId, producer: SERVICE_NAME, occurredAt: reviewedAt };
  const subject = { reportId: report.id, reporterId: report.reporter_id, category: report.category };
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
