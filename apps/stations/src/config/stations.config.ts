import { commonEnvSchema, databaseEnvFields, envFields, kafkaSaslEnvFields } from '@waystation/platform';
import { z } from 'zod';

export const stationsConfigSchema = commonEnvSchema.extend({
  ...kafkaSaslEnvFields('stations'),
  ...databaseEnvFields,
  STATIONS_HTTP_PORT: envFields.port(3101),
  STATIONS_DATABASE_URL: envFields.postgresUrl('stations'),
});
export type StationsConfig = z.output<typeof stationsConfigSchema>;
