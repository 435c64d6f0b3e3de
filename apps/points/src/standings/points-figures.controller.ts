import { Controller } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { PointsFiguresView, PointsRoutes, RouteQueryOf } from '@waystation/http-api';
import { CurrentActor, RouteEndpoint, RouteQuery } from '@waystation/platform';
import { PointsFigures } from './points-figures.service';

@Controller()
export class PointsFiguresController {
  constructor(private readonly figures: PointsFigures) {}

  @RouteEndpoint(PointsRoutes.figures)
  async monthly(
    @CurrentActor() actor: Actor,
    @RouteQuery(PointsRoutes.figures) { month }: RouteQueryOf<typeof PointsRoutes.figures>,
  ): Promise<PointsFiguresView> {
    return { month, communities: await this.figures.monthly(actor, month) };
  }
}
