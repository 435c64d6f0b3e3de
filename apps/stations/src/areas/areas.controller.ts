import { Controller, HttpCode, HttpStatus, Param } from '@nestjs/common';
import { Actor, areaCodeSchema, mapPage, Page } from '@waystation/contracts';
import {
  AreaImportResultView,
  AreaLocationView,
  AreasRoutes,
  AreaSummaryView,
  AreaView,
  RouteBodyOf,
  RouteQueryOf,
} from '@waystation/http-api';
import { CorrelationId, CurrentActor, Public, RouteBody, RouteEndpoint, RouteQuery } from '@waystation/platform';
import { ZodValidationPipe } from 'nestjs-zod';
import { AreaDirectory } from './area-directory.service';
import { AreaImport } from './area-import.service';
import { AreaLocator } from './area-locator.service';
import { toAreaImportResultView, toAreaLocationView, toAreaSummaryView, toAreaView, toImportedAreas } from './area-view.mapper';

@Controller()
export class AreasController {
  constructor(
    private readonly areaImport: AreaImport,
    private readonly directory: AreaDirectory,
    private readonly locator: AreaLocator,
  ) {}

  @RouteEndpoint(AreasRoutes.import)
  @HttpCode(HttpStatus.OK)
  async import(
    @CurrentActor() actor: Actor,
    @RouteBody(AreasRoutes.import) collection: RouteBodyOf<typeof AreasRoutes.import>,
    @CorrelationId() correlationId: string,
  ): Promise<AreaImportResultView> {
    return toAreaImportResultView(await this.areaImport.import(actor, toImportedAreas(collection), correlationId));
  }

  @Public()
  @RouteEndpoint(AreasRoutes.list)
  async list(@RouteQuery(AreasRoutes.list) query: RouteQueryOf<typeof AreasRoutes.list>): Promise<Page<AreaSummaryView>> {
    return mapPage(await this.directory.list(query, query), toAreaSummaryView);
  }

  // Before `get`, so that `locate` is not taken for a code.
  @Public()
  @RouteEndpoint(AreasRoutes.locate)
  async locate(@RouteQuery(AreasRoutes.locate) point: RouteQueryOf<typeof AreasRoutes.locate>): Promise<AreaLocationView> {
    return toAreaLocationView(await this.locator.locate(point));
  }

  @Public()
  @RouteEndpoint(AreasRoutes.get)
  async get(@Param('code', new ZodValidationPipe(areaCodeSchema)) code: string): Promise<AreaView> {
    return toAreaView(await this.directory.get(code));
  }
}
