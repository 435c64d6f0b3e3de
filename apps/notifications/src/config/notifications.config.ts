import { commonEnvSchema, consumerEnvFields, databaseEnvFields, envFields, kafkaSaslEnvFields } from '@waystation/platform';
import { z } from 'zod';

export const notificationsConfigSchema = commonEnvSchema.extend({
  ...kafkaSaslEnvFields('notifications'),
  ...databaseEnvFields,
  ...consumerEnvFields,
  NOTIFICATIONS_HTTP_PORT: envFields.port(3104),
  NOTIFICATIONS_DATABASE_URL: envFields.postgresUrl('notifications'),
  NOTIFICATIONS_COMMIT_INTERVAL_MS: envFields.commitIntervalMs(),
});
export type NotificationsConfig = z.output<typeof notificationsConfigSchema>;
