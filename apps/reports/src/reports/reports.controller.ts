import { Body, Controller, Get, Headers, HttpStatus, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import {
  Actor,
  IDEMPOTENCY_KEY_HEADER,
  idempotencyKeyFrom,
  ListReportsQueryDto,
  Page,
  ReportView,
  SubmitReportDto,
} from '@waystation/http-api';
import { CorrelationId, CurrentActor } from '@waystation/platform';
import type { Response } from 'express';
import { ReportIntake } from './report-intake.service';
import { ReportQueries } from './report-queries.service';

@Controller('reports')
export class ReportsController {
  constructor(
    private readonly intake: ReportIntake,
    private readonly queries: ReportQueries,
  ) {}

  @Post()
  async submit(
    @CurrentActor() actor: Actor,
    @Body() command: SubmitReportDto,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ReportView> {
    const { report, created } = await this.intake.submit(actor, command, idempotencyKeyFrom(idempotencyKey), correlationId);
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return report;
  }

  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: ListReportsQueryDto): Promise<Page<ReportView>> {
    return this.queries.list(actor, query);
  }

  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<ReportView> {
    return this.queries.get(actor, id);
  }
}
