import { Controller, HttpStatus, Res } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { RouteBodyOf, StationServiceTypeView, StationsRoutes } from '@waystation/http-api';
import { CurrentActor, Public, RouteBody, RouteEndpoint } from '@waystation/platform';
import type { Response } from 'express';
import { toStationServiceTypeView } from '../stations/station-view.mapper';
import { StationServiceTypes } from './station-service-types.service';

@Controller()
export class StationServiceTypesController {
  constructor(private readonly serviceTypes: StationServiceTypes) {}

  @Public()
  @RouteEndpoint(StationsRoutes.listServiceTypes)
  async list(): Promise<{ items: StationServiceTypeView[] }> {
    return { items: (await this.serviceTypes.list()).map(toStationServiceTypeView) };
  }

  @RouteEndpoint(StationsRoutes.addServiceType)
  async add(
    @CurrentActor() actor: Actor,
    @RouteBody(StationsRoutes.addServiceType) command: RouteBodyOf<typeof StationsRoutes.addServiceType>,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StationServiceTypeView> {
    const { serviceType, created } = await this.serviceTypes.add(actor, command);
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return toStationServiceTypeView(serviceType);
  }
}
