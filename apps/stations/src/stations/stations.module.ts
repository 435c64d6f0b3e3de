import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AreasModule } from '../areas/areas.module';
import { LifecycleModule } from '../lifecycle/lifecycle.module';
import { OpeningHoursCalendar } from '../opening-hours/opening-hours-calendar';
import { StationServiceType } from '../service-types/station-service-type.entity';
import { StationServiceTypesController } from '../service-types/station-service-types.controller';
import { StationServiceTypes } from '../service-types/station-service-types.service';
import { StationEditor } from './station-editor.service';
import { StationFinder } from './station-finder.service';
import { StationRegistry } from './station-registry.service';
import { Station } from './station.entity';
import { StationsController } from './stations.controller';

@Module({})
export class StationsModule {
  /**
   * `timeZone`: the city's, in which opening hours are read. Global, so the modules that build on the registry
   * (the CSV import) reach the one configured here rather than an unconfigured copy.
   */
  static forRoot({ timeZone }: { timeZone: string }): DynamicModule {
    return {
      module: StationsModule,
      global: true,
      imports: [TypeOrmModule.forFeature([Station, StationServiceType]), AreasModule, LifecycleModule],
      controllers: [StationsController, StationServiceTypesController],
      providers: [
        StationRegistry,
        StationEditor,
        StationFinder,
        StationServiceTypes,
        { provide: OpeningHoursCalendar, useValue: new OpeningHoursCalendar(timeZone) },
      ],
      exports: [StationRegistry, StationFinder],
    };
  }
}
