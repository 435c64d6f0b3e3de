import { z } from 'zod';
import { areaListQuerySchema, importAreasSchema, locateAreaQuerySchema } from '../areas/area-commands';
import { areaImportResultViewSchema, areaLocationViewSchema, areaSummaryViewSchema, areaViewSchema } from '../areas/area-view';
import { idCursorPageQuerySchema, pageSchemaOf } from '../common/page';
import {
  createStationSchema,
  createStationServiceTypeSchema,
  nearbyStationsQuerySchema,
  updateStationSchema,
} from '../stations/station-commands';
import { nearbyStationViewSchema, stationServiceTypeViewSchema, stationViewSchema } from '../stations/station-view';
import { defineRoute } from './route';

/** The stations service's internal API. */
export const StationsRoutes = {
  create: defineRoute({ method: 'POST', path: '/stations', body: createStationSchema, response: stationViewSchema }),
  list: defineRoute({ method: 'GET', path: '/stations', query: idCursorPageQuerySchema, response: pageSchemaOf(stationViewSchema) }),
  nearby: defineRoute({
    method: 'GET',
    path: '/stations/nearby',
    query: nearbyStationsQuerySchema,
    response: pageSchemaOf(nearbyStationViewSchema),
  }),
  get: defineRoute({ method: 'GET', path: '/stations/:id', response: stationViewSchema }),
  update: defineRoute({ method: 'PATCH', path: '/stations/:id', body: updateStationSchema, response: stationViewSchema }),
  listServiceTypes: defineRoute({
    method: 'GET',
    path: '/station-service-types',
    response: z.object({ items: z.array(stationServiceTypeViewSchema) }),
  }),
  addServiceType: defineRoute({
    method: 'POST',
    path: '/station-service-types',
    body: createStationServiceTypeSchema,
    response: stationServiceTypeViewSchema,
  }),
};

/** The city map, also served by the stations service. */
export const AreasRoutes = {
  import: defineRoute({ method: 'POST', path: '/areas/import', body: importAreasSchema, response: areaImportResultViewSchema }),
  list: defineRoute({ method: 'GET', path: '/areas', query: areaListQuerySchema, response: pageSchemaOf(areaSummaryViewSchema) }),
  locate: defineRoute({ method: 'GET', path: '/areas/locate', query: locateAreaQuerySchema, response: areaLocationViewSchema }),
  get: defineRoute({ method: 'GET', path: '/areas/:code', response: areaViewSchema }),
};
