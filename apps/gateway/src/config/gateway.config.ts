import { commonEnvSchema, envFields, kafkaSaslEnvFields } from '@waystation/platform';
import { z } from 'zod';

export const gatewayConfigSchema = commonEnvSchema.extend({
  ...kafkaSaslEnvFields('gateway'),
  GATEWAY_HTTP_PORT: envFields.port(3000),
  STATIONS_SERVICE_URL: envFields.serviceUrl('http://127.0.0.1:3101'),
  REPORTS_SERVICE_URL: envFields.serviceUrl('http://127.0.0.1:3102'),
  POINTS_SERVICE_URL: envFields.serviceUrl('http://127.0.0.1:3103'),
  NOTIFICATIONS_SERVICE_URL: envFields.serviceUrl('http://127.0.0.1:3104'),
  UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
});
export type GatewayConfig = z.output<typeof gatewayConfigSchema>;
