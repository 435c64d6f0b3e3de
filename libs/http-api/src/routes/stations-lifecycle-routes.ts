import { idCursorPageQuerySchema, pageSchemaOf } from '../common/page';
import { changeStationStatusSchema, stationStatusChangeViewSchema } from '../stations/station-lifecycle';
import { stationViewSchema } from '../stations/station-view';
import { defineRoute } from './route';

/** The stations service's internal API for the lifecycle: status changes and their history. */
export const StationsLifecycleRoutes = {
  changeStatus: defineRoute({
    method: 'POST',
    path: '/stations/:id/status-changes',
    body: changeStationStatusSchema,
    response: stationViewSchema,
  }),
  history: defineRoute({
    method: 'GET',
    path: '/stations/:id/history',
    query: idCursorPageQuerySchema,
    response: pageSchemaOf(stationStatusChangeViewSchema),
  }),
};
