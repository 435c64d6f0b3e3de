import { commonEnvSchema, databaseEnvFields, envFields, kafkaSaslEnvFields } from '@waystation/platform';
import { z } from 'zod';
import { SERVICE_NAME } from '../service-name';

export const gatewayConfigSchema = commonEnvSchema
  .extend({
    ...kafkaSaslEnvFields(SERVICE_NAME),
    ...databaseEnvFields,
    /** Accounts, sessions and sign-in limits, shared by every gateway replica; the gateway's outbox. */
    GATEWAY_DATABASE_URL: envFields.postgresUrl('gateway'),
    GATEWAY_HTTP_PORT: envFields.port(3000),
    /** `/metrics` and health with details, for probes and Prometheus: never publish this port. */
    GATEWAY_MANAGEMENT_PORT: envFields.port(3100),
    STATIONS_SERVICE_URL: envFields.serviceUrl('http://127.0.0.1:3101'),
    REPORTS_SERVICE_URL: envFields.serviceUrl('http://127.0.0.1:3102'),
    POINTS_SERVICE_URL: envFields.serviceUrl('http://127.0.0.1:3103'),
    NOTIFICATIONS_SERVICE_URL: envFields.serviceUrl('http://127.0.0.1:3104'),
    UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  })
  .refine((config) => config.GATEWAY_MANAGEMENT_PORT !== config.GATEWAY_HTTP_PORT, {
    path: ['GATEWAY_MANAGEMENT_PORT'],
    message: 'must differ from GATEWAY_HTTP_PORT: the management port is the one that is not published',
  });
export type GatewayConfig = z.output<typeof gatewayConfigSchema>;
