import { Controller, Param, ParseUUIDPipe } from '@nestjs/common';
import { Actor, mapPage, Page } from '@waystation/contracts';
import { InspectionView, RouteBodyOf, RouteQueryOf, StationsAcceptanceRoutes } from '@waystation/http-api';
import { CorrelationId, CurrentActor, RouteBody, RouteEndpoint, RouteQuery } from '@waystation/platform';
import { AcceptanceInspections } from './acceptance-inspections.service';
import { toInspectionView } from './acceptance-view.mapper';

@Controller()
export class InspectionsController {
  constructor(private readonly inspections: AcceptanceInspections) {}

  @RouteEndpoint(StationsAcceptanceRoutes.recordInspection)
  async record(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @RouteBody(StationsAcceptanceRoutes.recordInspection) command: RouteBodyOf<typeof StationsAcceptanceRoutes.recordInspection>,
    @CorrelationId() correlationId: string,
  ): Promise<InspectionView> {
    return toInspectionView(await this.inspections.record(actor, id, command, correlationId));
  }

  @RouteEndpoint(StationsAcceptanceRoutes.listInspections)
  async list(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @RouteQuery(StationsAcceptanceRoutes.listInspections) query: RouteQueryOf<typeof StationsAcceptanceRoutes.listInspections>,
  ): Promise<Page<InspectionView>> {
    return mapPage(await this.inspections.list(actor, id, query), toInspectionView);
  }
}
