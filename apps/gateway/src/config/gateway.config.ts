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
    /** Browser origins allowed to call the API (CORS), comma-separated; none by default (same-origin only). */
    GATEWAY_CORS_ORIGINS: envFields.commaSeparated(
      z.array(
        z
          .url({ protocol: /^https?$/ })
          .refine(
            (url) => URL.canParse(url) && new URL(url).origin === url,
            'each must be an origin such as https://app.example.city, without a path or a trailing slash',
          ),
      ),
      '',
    ),
    /** The largest JSON body the public API accepts; a larger one is refused with 413 (photos travel as URLs). */
    GATEWAY_MAX_BODY_BYTES: z.coerce
      .number()
      .int()
      .min(1_024)
      .max(10 * 1024 * 1024)
      .default(100 * 1024),
  })
  .refine((config) => config.GATEWAY_MANAGEMENT_PORT !== config.GATEWAY_HTTP_PORT, {
    path: ['GATEWAY_MANAGEMENT_PORT'],
    message: 'must differ from GATEWAY_HTTP_PORT: the management port is the one that is not published',
  });
export type GatewayConfig = z.output<typeof gatewayConfigSchema>;
