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
import { parseWorkingSpans } from '../sla/working-calendar';
import { photoEnvFields } from './photo-env-fields';

/** Comma-separated local dates (YYYY-MM-DD); unset for none. */
const optionalDates = z
  .string()
  .optional()
  .transform((value) =>
    value
      ?.split(',')
      .map((date) => date.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.iso.date()).optional());

export const reportsConfigSchema = commonEnvSchema
  .extend({
    ...kafkaSaslEnvFields(SERVICE_NAME),
    ...databaseEnvFields,
    ...callerTokenEnvFields,
    ...consumerEnvFields,
    REPORTS_HTTP_PORT: envFields.port(3102),
    REPORTS_DATABASE_URL: envFields.postgresUrl('reports'),
    REPORTS_COMMIT_INTERVAL_MS: envFields.commitIntervalMs(),
    REPORTS_DAILY_LIMIT: z.coerce.number().int().min(1).default(20),
    /** The city's: the daily report limit counts its days; SLA working hours and the public feed's dates are local times there. */
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
    REPORTS_WORKING_DAYS: envFields.commaSeparated(
      z
        .array(
          z
            .string()
            .regex(/^[1-7]$/, 'ISO weekdays, 1 (Monday) to 7')
            .transform(Number),
        )
        .min(1),
      '1,2,3,4,5',
    ),
    /** Kept as written (the README shows the default so); SlaModule reads the spans with parseWorkingSpans. */
    REPORTS_WORKING_HOURS: envFields.commaSeparated(
      z.array(z.string()).refine((spans) => parseWorkingSpans(spans) !== null, 'must be HH:MM-HH:MM spans, in order, not overlapping'),
      '08:30-12:00,14:00-17:30',
    ),
    REPORTS_HOLIDAYS: optionalDates,
    REPORTS_EXTRA_WORKING_DAYS: optionalDates,
    /** 0 turns the overdue job off (the tests run it by hand). */
    REPORTS_OVERDUE_INTERVAL_MS: z.coerce.number().int().min(0).default(60_000),
    ...photoEnvFields,
  })
  .refine((config) => config.REPORTS_PHOTO_STORE !== 's3' || config.REPORTS_PHOTO_S3_BUCKET, {
    message: 'is required with REPORTS_PHOTO_STORE=s3',
    path: ['REPORTS_PHOTO_S3_BUCKET'],
  });
export type ReportsConfig = z.output<typeof reportsConfigSchema>;
