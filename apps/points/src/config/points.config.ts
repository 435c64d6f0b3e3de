import {
  callerTokenEnvFields,
  commonEnvSchema,
  consumerEnvFields,
  databaseEnvFields,
  envFields,
  kafkaSaslEnvFields,
} from '@waystation/platform';
import { z } from 'zod';
import { SERVICE_NAME } from '../service-name';

export const pointsConfigSchema = commonEnvSchema.extend({
  ...kafkaSaslEnvFields(SERVICE_NAME),
  ...databaseEnvFields,
  ...callerTokenEnvFields,
  ...consumerEnvFields,
  POINTS_HTTP_PORT: envFields.port(3103),
  POINTS_DATABASE_URL: envFields.postgresUrl('points'),
  POINTS_COMMIT_INTERVAL_MS: envFields.commitIntervalMs(),
});
export type PointsConfig = z.output<typeof pointsConfigSchema>;
