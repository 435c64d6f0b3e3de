import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { STATION_IMPORT_MAX_BYTES, StationsImportRoutes } from '@waystation/http-api';
import { csvBody } from '@waystation/platform';
import { StationsModule } from '../stations/stations.module';
import { StationImportController } from './station-import.controller';
import { StationImport } from './station-import.service';

@Module({
  imports: [StationsModule],
  controllers: [StationImportController],
  providers: [StationImport],
})
export class StationImportModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(csvBody(STATION_IMPORT_MAX_BYTES)).forRoutes({ path: StationsImportRoutes.importCsv.path, method: RequestMethod.POST });
  }
}
