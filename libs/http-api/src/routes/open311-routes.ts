import { z } from 'zod';
import {
  open311RequestSchema,
  open311RequestsQuerySchema,
  open311RequestUpdateSchema,
  open311UpdatesQuerySchema,
} from '../open311/open311-requests';
import { open311SubmissionSchema } from '../open311/open311-submissions';
import { defineRoute } from './route';

/** The reports service's internal API for Open311 GeoReport v2: reports as service requests, their updates, and filing one. */
export const Open311Routes = {
  requests: defineRoute({
    method: 'GET',
    path: '/open311/requests',
    query: open311RequestsQuerySchema,
    response: z.array(open311RequestSchema),
  }),
  request: defineRoute({ method: 'GET', path: '/open311/requests/:id', response: open311RequestSchema }),
  /** Files a city system's report through the same intake as a worker's; answers it as Open311 publishes it. */
  submit: defineRoute({ method: 'POST', path: '/open311/requests', body: open311SubmissionSchema, response: open311RequestSchema }),
  updates: defineRoute({
    method: 'GET',
    path: '/open311/request-updates',
    query: open311UpdatesQuerySchema,
    response: z.array(open311RequestUpdateSchema),
  }),
};
