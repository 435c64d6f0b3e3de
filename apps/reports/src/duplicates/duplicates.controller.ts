import { Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { ReportDuplicatesView, ReportsRoutes, ReportView, RouteBodyOf } from '@waystation/http-api';
import { CorrelationId, CurrentActor, RouteBody, RouteEndpoint } from '@waystation/platform';
import { toReportView } from '../reports/report-view.mapper';
import { DuplicateMerging } from './duplicate-merging.service';

@Controller()
export class DuplicatesController {
  constructor(private readonly merging: DuplicateMerging) {}

  @RouteEndpoint(ReportsRoutes.duplicates)
  async duplicates(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<ReportDuplicatesView> {
    const { report, candidates } = await this.merging.duplicates(actor, id);
    return { report: toReportView(report), candidates: candidates.map(toReportView) };
  }

  @RouteEndpoint(ReportsRoutes.merge)
  @HttpCode(HttpStatus.OK)
  async merge(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @RouteBody(ReportsRoutes.merge) body: RouteBodyOf<typeof ReportsRoutes.merge>,
    @CorrelationId() correlationId: string,
  ): Promise<ReportView> {
    return toReportView(await this.merging.merge(actor, id, body.caseId, correlationId));
  }

  @RouteEndpoint(ReportsRoutes.keepApart)
  @HttpCode(HttpStatus.OK)
  async keepApart(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<ReportView> {
    return toReportView(await this.merging.keepApart(actor, id));
  }
}
