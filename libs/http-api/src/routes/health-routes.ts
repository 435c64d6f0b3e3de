import { z } from 'zod';
import { defineRoute } from './route';

/** Every service's readiness (PlatformModule's health controller): 200 when its PostgreSQL and Kafka answer. */
export const HealthRoutes = {
  ready: defineRoute({ method: 'GET', path: '/health/ready', response: z.looseObject({ status: z.string() }) }),
};
