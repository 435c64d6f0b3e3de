import {
  districtTargetViewSchema,
  setDistrictTargetSchema,
  stationProgressQuerySchema,
  stationProgressViewSchema,
} from '../stations/progress';
import { defineRoute } from './route';

/** The stations service's internal API for yearly targets per district and the progress against them. */
export const StationsProgressRoutes = {
  setTarget: defineRoute({ method: 'POST', path: '/station-targets', body: setDistrictTargetSchema, response: districtTargetViewSchema }),
  progress: defineRoute({
    method: 'GET',
    path: '/station-progress',
    query: stationProgressQuerySchema,
    response: stationProgressViewSchema,
  }),
};
