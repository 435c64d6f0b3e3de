import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { Actor, ConfirmReportDto, RejectReportDto, ReportView } from '@waystation/http-api';
import { CorrelationId, CurrentActor } from '@waystation/platform';
import { ReportReview } from './report-review.service';

@Controller('reports/:id')
export class ReviewController {
  constructor(private readonly review: ReportReview) {}

  @Post('confirm')
  @HttpCode(HttpStatus.OK)
  confirm(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ConfirmReportDto,
    @CorrelationId() correlationId: string,
  ): Promise<ReportView> {
    return this.review.confirm(actor, id, body.note, correlationId);
  }

  @Post('reject')
  @HttpCode(HttpStatus.OK)
  reject(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RejectReportDto,
    @CorrelationId() correlationId: string,
  ): Promise<ReportView> {
    return this.review.reject(actor, id, body.reason, correlationId);
  }
}
