import { Controller, HttpCode, HttpStatus } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { RouteBodyOf, StationImportResult, StationsImportRoutes } from '@waystation/http-api';
import { CorrelationId, CurrentActor, RouteBody, RouteEndpoint } from '@waystation/platform';
import { StationImport } from './station-import.service';

@Controller()
export class StationImportController {
  constructor(private readonly stationImport: StationImport) {}

  /** 200 whether or not it created anything: importing the same file again is the same request. */
  @RouteEndpoint(StationsImportRoutes.importCsv)
  @HttpCode(HttpStatus.OK)
  async importCsv(
    @CurrentActor() actor: Actor,
    @RouteBody(StationsImportRoutes.importCsv) csv: RouteBodyOf<typeof StationsImportRoutes.importCsv>,
    @CorrelationId() correlationId: string,
  ): Promise<StationImportResult> {
    const stations = await this.stationImport.importCsv(actor, csv, correlationId);
    return {
      created: stations.filter((station) => station.outcome === 'created').length,
      unchanged: stations.filter((station) => station.outcome === 'unchanged').length,
      stations,
    };
  }
}
