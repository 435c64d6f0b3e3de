import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { STATION_IMPORT_MAX_BYTES, StationsImportRoutes } from '@waystation/http-api';
import { csvBody } from '@waystation/platform';
import { StationImportController } from './station-import.controller';
import { StationImport } from './station-import.service';

/** Builds on the station registry, which `StationsModule.forRoot` provides globally. */
@Module({
  controllers: [StationImportController],
  providers: [StationImport],
})
export class StationImportModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(csvBody(STATION_IMPORT_MAX_BYTES)).forRoutes({ path: StationsImportRoutes.importCsv.path, method: RequestMethod.POST });
  }
}
