import { Controller, HttpCode, HttpStatus } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { DistrictTargetView, RouteBodyOf, RouteQueryOf, StationProgressView, StationsProgressRoutes } from '@waystation/http-api';
import { CurrentActor, RouteBody, RouteEndpoint, RouteQuery } from '@waystation/platform';
import { toDistrictTargetView } from './progress-view.mapper';
import { StationProgressReport } from './station-progress.service';

@Controller()
export class ProgressController {
  constructor(private readonly report: StationProgressReport) {}

  /** Setting a target again replaces it: 200, whether or not there was one. */
  @RouteEndpoint(StationsProgressRoutes.setTarget)
  @HttpCode(HttpStatus.OK)
  async setTarget(
    @CurrentActor() actor: Actor,
    @RouteBody(StationsProgressRoutes.setTarget) command: RouteBodyOf<typeof StationsProgressRoutes.setTarget>,
  ): Promise<DistrictTargetView> {
    return toDistrictTargetView(await this.report.setTarget(actor, command));
  }

  @RouteEndpoint(StationsProgressRoutes.progress)
  async progress(
    @CurrentActor() actor: Actor,
    @RouteQuery(StationsProgressRoutes.progress) { year }: RouteQueryOf<typeof StationsProgressRoutes.progress>,
  ): Promise<StationProgressView> {
    return { year, ...(await this.report.progress(actor, year)) };
  }
}
