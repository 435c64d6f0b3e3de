import { createZodDto } from 'nestjs-zod';
import { checkInSchema, visitsQuerySchema } from './check-in-commands';
import { checkInViewSchema, stationCodesViewSchema, stationVisitsViewSchema } from './check-in-view';

/** Requests and answers of the check-in routes, for the gateway (public API, OpenAPI). */
export class CheckInDto extends createZodDto(checkInSchema) {}
export class VisitsQueryDto extends createZodDto(visitsQuerySchema) {}
export class CheckInViewDto extends createZodDto(checkInViewSchema) {}
export class StationCodesViewDto extends createZodDto(stationCodesViewSchema) {}
export class StationVisitsViewDto extends createZodDto(stationVisitsViewSchema) {}
