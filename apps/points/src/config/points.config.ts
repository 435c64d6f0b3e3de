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
  /** Points expire this many months after they were earned, oldest first. */
  POINTS_EXPIRE_AFTER_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
  /** How long before points expire their worker is warned. */
  POINTS_EXPIRY_WARNING_DAYS: z.coerce.number().int().min(1).max(180).default(30),
  /** How often every replica looks for points to expire and workers to warn; 0 turns the job off. */
  POINTS_EXPIRY_INTERVAL_MS: z.coerce.number().int().min(0).default(3_600_000),
  /** The city's calendar: earning caps, budgets, standings, expiry and per-worker redemption limits count its days and months. */
  POINTS_TIME_ZONE: envFields.timeZone('Asia/Shanghai'),
  POINTS_REDEMPTION_COLLECT_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(72),
  POINTS_REDEMPTION_EXPIRY_INTERVAL_MS: z.coerce.number().int().min(0).default(60_000),
});
export type PointsConfig = z.output<typeof pointsConfigSchema>;
