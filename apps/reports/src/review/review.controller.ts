import { Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { ReportsRoutes, ReportView, ReviewQueuePage, RouteBodyOf, RouteQueryOf } from '@waystation/http-api';
import { CorrelationId, CurrentActor, RouteBody, RouteEndpoint, RouteQuery } from '@waystation/platform';
import { toReportView } from '../reports/report-view.mapper';
import { ReportReview } from './report-review.service';
import { ReviewQueue } from './review-queue.service';

@Controller()
export class ReviewController {
  constructor(
    private readonly review: ReportReview,
    private readonly queue: ReviewQueue,
  ) {}

  @RouteEndpoint(ReportsRoutes.confirm)
  @HttpCode(HttpStatus.OK)
  async confirm(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @RouteBody(ReportsRoutes.confirm) body: RouteBodyOf<typeof ReportsRoutes.confirm>,
    @CorrelationId() correlationId: string,
  ): Promise<ReportView> {
    return toReportView(await this.review.confirm(actor, id, body.severity, body.note, correlationId));
  }

  @RouteEndpoint(ReportsRoutes.reject)
  @HttpCode(HttpStatus.OK)
  async reject(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @RouteBody(ReportsRoutes.reject) body: RouteBodyOf<typeof ReportsRoutes.reject>,
    @CorrelationId() correlationId: string,
  ): Promise<ReportView> {
    return toReportView(await this.review.reject(actor, id, body.reasonCode, body.note, correlationId));
  }

  @RouteEndpoint(ReportsRoutes.reviewQueue)
  async reviewQueue(
    @CurrentActor() actor: Actor,
    @RouteQuery(ReportsRoutes.reviewQueue) query: RouteQueryOf<typeof ReportsRoutes.reviewQueue>,
  ): Promise<ReviewQueuePage> {
    const page = await this.queue.page(actor, query);
    return { ...page, items: page.items.map(toReportView) };
  }
}
