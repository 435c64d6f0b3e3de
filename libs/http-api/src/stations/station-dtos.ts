import { createZodDto } from 'nestjs-zod';
import { createStationSchema, createStationServiceTypeSchema, nearbyStationsQuerySchema, updateStationSchema } from './station-commands';

/** Validated request bodies and queries, used alike by the gateway (public API, OpenAPI) and the service. */
export class CreateStationDto extends createZodDto(createStationSchema) {}
export class UpdateStationDto extends createZodDto(updateStationSchema) {}
export class NearbyStationsQueryDto extends createZodDto(nearbyStationsQuerySchema) {}
export class CreateStationServiceTypeDto extends createZodDto(createStationServiceTypeSchema) {}
