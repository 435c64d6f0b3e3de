import { commonEnvSchema, databaseEnvFields, envFields } from '@waystation/platform';
import { z } from 'zod';

export const stationsConfigSchema = commonEnvSchema.extend({
  ...databaseEnvFields,
  STATIONS_HTTP_PORT: envFields.port(3101),
  STATIONS_DATABASE_URL: envFields.postgresUrl('stations'),
});
export type StationsConfig = z.output<typeof stationsConfigSchema>;
