import { Controller, Headers, HttpStatus, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { Actor, mapPage, Page } from '@waystation/contracts';
import { IDEMPOTENCY_KEY_HEADER, idempotencyKeyFrom, ReportsRoutes, ReportView, RouteBodyOf, RouteQueryOf } from '@waystation/http-api';
import { CorrelationId, CurrentActor, RouteBody, RouteEndpoint, RouteQuery } from '@waystation/platform';
import type { Response } from 'express';
import { ReportIntake } from './report-intake.service';
import { ReportQueries } from './report-queries.service';
import { toReportView } from './report-view.mapper';

@Controller()
export class ReportsController {
  constructor(
    private readonly intake: ReportIntake,
    private readonly queries: ReportQueries,
  ) {}

  @RouteEndpoint(ReportsRoutes.submit)
  async submit(
    @CurrentActor() actor: Actor,
    @RouteBody(ReportsRoutes.submit) command: RouteBodyOf<typeof ReportsRoutes.submit>,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ReportView> {
    const { report, created } = await this.intake.submit(actor, command, idempotencyKeyFrom(idempotencyKey), correlationId);
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return toReportView(report);
  }

  @RouteEndpoint(ReportsRoutes.list)
  async list(
    @CurrentActor() actor: Actor,
    @RouteQuery(ReportsRoutes.list) query: RouteQueryOf<typeof ReportsRoutes.list>,
  ): Promise<Page<ReportView>> {
    return mapPage(await this.queries.list(actor, query), toReportView);
  }

  @RouteEndpoint(ReportsRoutes.get)
  async get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<ReportView> {
    return toReportView(await this.queries.get(actor, id));
  }
}
