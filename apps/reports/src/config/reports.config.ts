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

export const reportsConfigSchema = commonEnvSchema.extend({
  ...kafkaSaslEnvFields(SERVICE_NAME),
  ...databaseEnvFields,
  ...callerTokenEnvFields,
  ...consumerEnvFields,
  REPORTS_HTTP_PORT: envFields.port(3102),
  REPORTS_DATABASE_URL: envFields.postgresUrl('reports'),
  REPORTS_COMMIT_INTERVAL_MS: envFields.commitIntervalMs(),
  REPORTS_DAILY_LIMIT: z.coerce.number().int().min(1).default(20),
  REPORTS_TIME_ZONE: envFields.timeZone('Asia/Shanghai'),
  REPORTS_CAPTURED_AT_MAX_AGE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(72),
  REPORTS_DUPLICATE_DISTANCE_METRES: z.coerce.number().int().min(1).max(5_000).default(50),
  REPORTS_DUPLICATE_WINDOW_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(24),
  REPORTS_FEEDBACK_WINDOW_DAYS: z.coerce.number().int().min(1).max(90).default(7),
});
export type ReportsConfig = z.output<typeof reportsConfigSchema>;
