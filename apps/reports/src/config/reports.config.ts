import { callerTokenEnvFields, commonEnvSchema, databaseEnvFields, envFields, kafkaSaslEnvFields } from '@waystation/platform';
import { z } from 'zod';
import { SERVICE_NAME } from '../service-name';

export const reportsConfigSchema = commonEnvSchema.extend({
  ...kafkaSaslEnvFields(SERVICE_NAME),
  ...databaseEnvFields,
  ...callerTokenEnvFields,
  REPORTS_HTTP_PORT: envFields.port(3102),
  REPORTS_DATABASE_URL: envFields.postgresUrl('reports'),
});
export type ReportsConfig = z.output<typeof reportsConfigSchema>;
