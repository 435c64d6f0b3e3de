import { Inject, Injectable } from '@nestjs/common';
import { Actor, AnyEvent, reportClosedV1, reportReopenedV1 } from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { DataSource, EntityManager } from 'typeorm';
import { LIFECYCLE_SETTINGS, LifecycleSettings } from '../lifecycle/lifecycle-settings';
import { refusalOf } from '../lifecycle/report-move-check';
import { canSeeReport } from '../visibility/report-visibility';
import { LockedReport, ReportTransitions } from '../lifecycle/report-transitions.service';
import { ReportNotFoundError } from '../reports/report-errors';
import { ReportQueries } from '../reports/report-queries.service';
import { Report } from '../reports/report.entity';
import { SERVICE_NAME } from '../service-name';
import { FeedbackWindowClosedError } from './feedback-errors';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The reporter's answer to "was it fixed?" once a report is resolved: "yes" closes it (report.closed), "no" within
 * the feedback window reopens it for staff to dispatch again (report.reopened). After the window "no" is refused
 * (the reporter files a new report) while "yes" still closes it; a report nobody answers for stays resolved.
 */
@Injectable()
export class ReportFeedback {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly queries: ReportQueries,
    private readonly transitions: ReportTransitions,
    @Inject(LIFECYCLE_SETTINGS) private readonly settings: LifecycleSettings,
  ) {}

  answer(reporter: Actor, reportId: string, fixed: boolean, correlationId: string): Promise<Report> {
    const id = reportId.toLowerCase();
    return this.dataSource.transaction(async (manager) => {
      const report = await this.transitions.lockOne(manager, id);
      if (!report || !canSeeReport(reporter, report)) throw new ReportNotFoundError(id);
      const to = fixed ? 'closed' : 'reopened';
      const refusal = refusalOf(report, to, reporter);
      if (refusal) throw refusal;
      const answeredAt = new Date();
      if (!fixed) {
        const windowClosesAt = new Date((await this.resolvedAt(manager, id)).getTime() + this.settings.feedbackWindowDays * DAY_MS);
        if (answeredAt > windowClosesAt) throw new FeedbackWindowClosedError(id, windowClosesAt);
      }
      await this.transitions.apply(manager, [{ report, to, mover: reporter, note: null }], answeredAt);
      await this.outbox.add(manager, answerEvent(report, fixed, answeredAt, correlationId));
      return this.queries.byId(manager, id);
    });
  }

  private async resolvedAt(manager: EntityManager, reportId: string): Promise<Date> {
    const [{ at }] = await manager.query<{ at: Date }[]>(
      `SELECT max(at) AS at FROM report_history WHERE report_id = $1 AND status = 'resolved'`,
      [reportId],
    );
    return at;
  }
}

function answerEvent(report: LockedReport, fixed: boolean, at: Date, correlationId: string): AnyEvent {
  const common = { aggregateId: report.id, correlationId, producer: SERVICE_NAME, occurredAt: at };
  const subject = { reportId: report.id, reporterId: report.reporterId, reporterKind: report.reporterKind, category: report.categoryRef };
  return fixed
    ? reportClosedV1.create({ ...common, payload: { ...subject, closedAt: at.toISOString() } })
    : reportReopenedV1.create({ ...common, payload: { ...subject, communityCode: report.communityCode, reopenedAt: at.toISOString() } });
}
