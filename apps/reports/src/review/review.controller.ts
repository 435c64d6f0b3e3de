import { Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { ReportsRoutes, ReportView, RouteBodyOf } from '@waystation/http-api';
import { CorrelationId, CurrentActor, RouteBody, RouteEndpoint } from '@waystation/platform';
import { toReportView } from '../reports/report-view.mapper';
import { ReportReview } from './report-review.service';

@Controller()
export class ReviewController {
  constructor(private readonly review: ReportReview) {}

  @RouteEndpoint(ReportsRoutes.confirm)
  @HttpCode(HttpStatus.OK)
  async confirm(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @RouteBody(ReportsRoutes.confirm) body: RouteBodyOf<typeof ReportsRoutes.confirm>,
    @CorrelationId() correlationId: string,
  ): Promise<ReportView> {
    return toReportView(await this.review.confirm(actor, id, body.note, correlationId));
  }

  @RouteEndpoint(ReportsRoutes.reject)
  @HttpCode(HttpStatus.OK)
  async reject(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @RouteBody(ReportsRoutes.reject) body: RouteBodyOf<typeof ReportsRoutes.reject>,
    @CorrelationId() correlationId: string,
  ): Promise<ReportView> {
    return toReportView(await this.review.reject(actor, id, body.reason, correlationId));
  }
}
