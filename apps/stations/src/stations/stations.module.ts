import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
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
  /** `timeZone`: the city's, in which opening hours are read. */
  static forRoot({ timeZone }: { timeZone: string }): DynamicModule {
    return {
      module: StationsModule,
      imports: [TypeOrmModule.forFeature([Station, StationServiceType])],
      controllers: [StationsController, StationServiceTypesController],
      providers: [
        StationRegistry,
        StationEditor,
        StationFinder,
        StationServiceTypes,
        { provide: OpeningHoursCalendar, useValue: new OpeningHoursCalendar(timeZone) },
      ],
    };
  }
}
