import { Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { DepartmentsRoutes, ReportView, RouteBodyOf, RouteQueryOf, RouteResponseOf } from '@waystation/http-api';
import { CorrelationId, CurrentActor, RouteBody, RouteEndpoint, RouteQuery } from '@waystation/platform';
import { toReportView } from '../reports/report-view.mapper';
import { DispatchQueue } from './dispatch-queue.service';
import { ReportDispatch } from './report-dispatch.service';

/** Staff: the manual dispatch queue, and dispatching or re-routing a report. */
@Controller()
export class DispatchController {
  constructor(
    private readonly dispatch: ReportDispatch,
    private readonly queue: DispatchQueue,
  ) {}

  @RouteEndpoint(DepartmentsRoutes.dispatchQueue)
  async dispatchQueue(
    @CurrentActor() actor: Actor,
    @RouteQuery(DepartmentsRoutes.dispatchQueue) query: RouteQueryOf<typeof DepartmentsRoutes.dispatchQueue>,
  ): Promise<RouteResponseOf<typeof DepartmentsRoutes.dispatchQueue>> {
    const page = await this.queue.page(actor, query);
    return { ...page, items: page.items.map(toReportView) };
  }

  @RouteEndpoint(DepartmentsRoutes.reroute)
  @HttpCode(HttpStatus.OK)
  async reroute(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @RouteBody(DepartmentsRoutes.reroute) change: RouteBodyOf<typeof DepartmentsRoutes.reroute>,
    @CorrelationId() correlationId: string,
  ): Promise<ReportView> {
    return toReportView(await this.dispatch.reroute(actor, id, change, correlationId));
  }
}
