import { DynamicModule, Global, Module } from '@nestjs/common';
import { CityCalendar } from './city-calendar';

/** Provides the city's calendar to every module of the service. */
@Global()
@Module({})
export class CalendarModule {
  static forRoot(timeZone: string): DynamicModule {
    return {
      module: CalendarModule,
      providers: [{ provide: CityCalendar, useValue: new CityCalendar(timeZone) }],
      exports: [CityCalendar],
    };
  }
}
