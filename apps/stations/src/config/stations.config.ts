import { commonEnvSchema, databaseEnvFields, envFields, kafkaSaslEnvFields } from '@waystation/platform';
import { z } from 'zod';
import { SERVICE_NAME } from '../service-name';

export const stationsConfigSchema = commonEnvSchema.extend({
  ...kafkaSaslEnvFields(SERVICE_NAME),
  ...databaseEnvFields,
  STATIONS_HTTP_PORT: envFields.port(3101),
  STATIONS_DATABASE_URL: envFields.postgresUrl('stations'),
  /** The city's: every station's opening hours are wall-clock times there. */
  STATIONS_TIME_ZONE: envFields.timeZone('Asia/Shanghai'),
});
export type StationsConfig = z.output<typeof stationsConfigSchema>;
