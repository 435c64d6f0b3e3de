import { Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { ReportsRoutes, ReportView, RouteBodyOf } from '@waystation/http-api';
import { CorrelationId, CurrentActor, RouteBody, RouteEndpoint } from '@waystation/platform';
import { toReportView } from '../reports/report-view.mapper';
import { ReportFeedback } from './report-feedback.service';

@Controller()
export class FeedbackController {
  constructor(private readonly feedback: ReportFeedback) {}

  @RouteEndpoint(ReportsRoutes.feedback)
  @HttpCode(HttpStatus.OK)
  async answer(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @RouteBody(ReportsRoutes.feedback) body: RouteBodyOf<typeof ReportsRoutes.feedback>,
    @CorrelationId() correlationId: string,
  ): Promise<ReportView> {
    return toReportView(await this.feedback.answer(actor, id, body.fixed, correlationId));
  }
}
