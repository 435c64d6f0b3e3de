import { commonEnvSchema, databaseEnvFields, envFields } from '@waystation/platform';
import { z } from 'zod';

export const reportsConfigSchema = commonEnvSchema.extend({
  ...databaseEnvFields,
  REPORTS_HTTP_PORT: envFields.port(3102),
  REPORTS_DATABASE_URL: envFields.postgresUrl('reports'),
});
export type ReportsConfig = z.output<typeof reportsConfigSchema>;
