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

export const notificationsConfigSchema = commonEnvSchema.extend({
  ...kafkaSaslEnvFields(SERVICE_NAME),
  ...databaseEnvFields,
  ...callerTokenEnvFields,
  ...consumerEnvFields,
  NOTIFICATIONS_HTTP_PORT: envFields.port(3104),
  NOTIFICATIONS_DATABASE_URL: envFields.postgresUrl('notifications'),
  NOTIFICATIONS_COMMIT_INTERVAL_MS: envFields.commitIntervalMs(),
});
export type NotificationsConfig = z.output<typeof notificationsConfigSchema>;
