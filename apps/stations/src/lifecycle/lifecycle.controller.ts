import { Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe } from '@nestjs/common';
import { Actor, mapPage, Page } from '@waystation/contracts';
import { RouteBodyOf, RouteQueryOf, StationsLifecycleRoutes, StationStatusChangeView, StationView } from '@waystation/http-api';
import { CorrelationId, CurrentActor, RouteBody, RouteEndpoint, RouteQuery } from '@waystation/platform';
import { toStationView } from '../stations/station-view.mapper';
import { StationLifecycle } from './station-lifecycle.service';
import { toStationStatusChangeView } from './station-status-change-view.mapper';

@Controller()
export class LifecycleController {
  constructor(private readonly lifecycle: StationLifecycle) {}

  @RouteEndpoint(StationsLifecycleRoutes.changeStatus)
  @HttpCode(HttpStatus.OK)
  async changeStatus(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @RouteBody(StationsLifecycleRoutes.changeStatus) command: RouteBodyOf<typeof StationsLifecycleRoutes.changeStatus>,
    @CorrelationId() correlationId: string,
  ): Promise<StationView> {
    return toStationView(await this.lifecycle.changeStatus(actor, id, command, correlationId));
  }

  @RouteEndpoint(StationsLifecycleRoutes.history)
  async history(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @RouteQuery(StationsLifecycleRoutes.history) query: RouteQueryOf<typeof StationsLifecycleRoutes.history>,
  ): Promise<Page<StationStatusChangeView>> {
    return mapPage(await this.lifecycle.history(actor, id, query), toStationStatusChangeView);
  }
}
