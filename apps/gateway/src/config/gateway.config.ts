import { DEVELOPMENT_ADMIN } from '@waystation/contracts';
import { commonEnvSchema, databaseEnvFields, envFields, kafkaSaslEnvFields, refuseDevelopmentDefaults } from '@waystation/platform';
import { z } from 'zod';
import { SERVICE_NAME } from '../service-name';
import { phoneSignInEnvFields } from './phone-sign-in.env';
import { rateLimitEnvFields } from './rate-limit.env';
import { oidcEnvFields } from './oidc-env-fields';
import { staffEnvFields } from './staff-env-fields';

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
    /** The `iss` of the access tokens; services trust tokens of this issuer only. */
    GATEWAY_TOKEN_ISSUER: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:3000'),
    GATEWAY_ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(10).max(3_600).default(300),
    /** How long a refresh token is good for when unused; every refresh issues a fresh one. */
    GATEWAY_REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    /** A signing key older than this is replaced by a new one (the old one keeps verifying); 0: only by command. */
    GATEWAY_SIGNING_KEY_ROTATION_DAYS: z.coerce.number().int().min(0).default(30),
    /**
     * How long a replica trusts its last look at whether a session is revoked. A sign-out on this replica takes
     * effect at once; on another replica within this long. 0: read the database on every request.
     */
    GATEWAY_SESSION_CHECK_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(1_000),
    ...phoneSignInEnvFields,
    ...rateLimitEnvFields,
    ...staffEnvFields,
    ...oidcEnvFields,
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
    /** Open311's jurisdiction_id for this city: a POST requests naming another is refused with 404. */
    OPEN311_JURISDICTION_ID: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{0,99}$/, 'must be lower-case letters, digits, "." and "-", such as wuhan.example.city')
      .default('waystation.city'),
    /** The built worker app (`npx nx run web:build`) the gateway serves at `/`; relative to the working directory. */
    GATEWAY_WEB_DIST_DIR: z.string().min(1).default('apps/web/dist'),
    /** The worker app's map tiles, a Leaflet URL template (`https://{s}.tile.example.org/{z}/{x}/{y}.png`); empty: markers only. */
    GATEWAY_WEB_MAP_TILE_URL: z
      .union([
        z.literal(''),
        z.string().regex(/^https?:\/\/[^/\s"<>]+\/\S*\{z\}\S*$/, 'must be an http(s) URL template with {z}, {x} and {y}'),
      ])
      .default(''),
    /** The largest JSON body the public API accepts; a larger one is refused with 413 (photo uploads have their own limit, REPORT_PHOTO_MAX_BYTES). */
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
  })
  .refine((config) => config.GATEWAY_SMS_PROVIDER !== 'http' || config.GATEWAY_SMS_HTTP_URL !== undefined, {
    path: ['GATEWAY_SMS_HTTP_URL'],
    message: 'is required when GATEWAY_SMS_PROVIDER is http',
  })
  .refine((config) => config.GATEWAY_SMS_PROVIDER !== 'http' || config.GATEWAY_SMS_HTTP_KEY !== undefined, {
    path: ['GATEWAY_SMS_HTTP_KEY'],
    message: 'is required when GATEWAY_SMS_PROVIDER is http',
  })
  .refine((config) => !config.GATEWAY_OIDC_ISSUER || config.GATEWAY_OIDC_CLIENT_ID, {
    path: ['GATEWAY_OIDC_CLIENT_ID'],
    message: 'is required with GATEWAY_OIDC_ISSUER: ID tokens must be meant for this client',
  })
  .superRefine(refuseDevelopmentDefaults({ GATEWAY_BOOTSTRAP_ADMIN_PASSWORD: DEVELOPMENT_ADMIN.password }));
export type GatewayConfig = z.output<typeof gatewayConfigSchema>;
