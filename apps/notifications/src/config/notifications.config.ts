import {
  callerTokenEnvFields,
  commonEnvSchema,
  consumerEnvFields,
  databaseEnvFields,
  envFields,
  kafkaSaslEnvFields,
  refuseDevelopmentDefaults,
} from '@waystation/platform';
import { z } from 'zod';
import { SERVICE_NAME } from '../service-name';

const DEVELOPMENT_WEBHOOK_SECRET_KEY = 'notifications-development-webhook-secret-key-not-for-production';

export const notificationsConfigSchema = commonEnvSchema
  .extend({
    ...kafkaSaslEnvFields(SERVICE_NAME),
    ...databaseEnvFields,
    ...callerTokenEnvFields,
    ...consumerEnvFields,
    NOTIFICATIONS_HTTP_PORT: envFields.port(3104),
    NOTIFICATIONS_DATABASE_URL: envFields.postgresUrl('notifications'),
    NOTIFICATIONS_COMMIT_INTERVAL_MS: envFields.commitIntervalMs(),
    /** How often each replica sends the webhook deliveries that are due (0: never; the tests send them by hand). */
    NOTIFICATIONS_WEBHOOK_INTERVAL_MS: z.coerce.number().int().min(0).default(1_000),
    /** How long one delivery attempt may take, from connecting to the last byte of the answer. */
    NOTIFICATIONS_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
    /** Seals the endpoints' signing secrets in the database (AES-256-GCM); every replica needs the same one. */
    NOTIFICATIONS_WEBHOOK_SECRET_KEY: z.string().min(32).default(DEVELOPMENT_WEBHOOK_SECRET_KEY),
    /** Development and tests only: lets endpoints be plain http on 127.0.0.1, ::1 or localhost (never set it in production). */
    NOTIFICATIONS_WEBHOOK_ALLOW_LOOPBACK: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
  })
  .superRefine(refuseDevelopmentDefaults({ NOTIFICATIONS_WEBHOOK_SECRET_KEY: DEVELOPMENT_WEBHOOK_SECRET_KEY }));
export type NotificationsConfig = z.output<typeof notificationsConfigSchema>;
