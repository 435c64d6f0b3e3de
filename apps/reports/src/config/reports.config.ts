import { commonEnvSchema, databaseEnvFields, envFields, kafkaSaslEnvFields } from '@waystation/platform';
import { z } from 'zod';

export const reportsConfigSchema = commonEnvSchema.extend({
  ...kafkaSaslEnvFields('reports'),
  ...databaseEnvFields,
  REPORTS_HTTP_PORT: envFields.port(3102),
  REPORTS_DATABASE_URL: envFields.postgresUrl('reports'),
});
export type ReportsConfig = z.output<typeof reportsConfigSchema>;
