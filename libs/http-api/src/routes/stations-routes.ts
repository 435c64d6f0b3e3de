import { idCursorPageQuerySchema, pageSchemaOf } from '../common/page';
import { createStationSchema, nearbyStationsQuerySchema } from '../stations/station-commands';
import { nearbyStationViewSchema, stationViewSchema } from '../stations/station-view';
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
};
