import { callerTokenEnvFields, commonEnvSchema, databaseEnvFields, envFields, kafkaSaslEnvFields } from '@waystation/platform';
import { z } from 'zod';
import { SERVICE_NAME } from '../service-name';

export const stationsConfigSchema = commonEnvSchema.extend({
  ...kafkaSaslEnvFields(SERVICE_NAME),
  ...databaseEnvFields,
  ...callerTokenEnvFields,
  STATIONS_HTTP_PORT: envFields.port(3101),
  STATIONS_DATABASE_URL: envFields.postgresUrl('stations'),
});
export type StationsConfig = z.output<typeof stationsConfigSchema>;
