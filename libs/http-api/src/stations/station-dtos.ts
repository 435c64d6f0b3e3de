import { createZodDto } from 'nestjs-zod';
import { createStationSchema, nearbyStationsQuerySchema } from './station-commands';

/** Validated request bodies and queries, used alike by the gateway (public API, OpenAPI) and the service. */
export class CreateStationDto extends createZodDto(createStationSchema) {}
export class NearbyStationsQueryDto extends createZodDto(nearbyStationsQuerySchema) {}
