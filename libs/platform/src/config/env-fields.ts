import { developmentKafkaPassword, type KafkaPrincipal } from '@waystation/contracts';
import { z } from 'zod';
import type { CallerTokenOptions } from '../auth/caller-token-verifier';

/** Building blocks for each service's environment schema, so every service spells a setting the same way. */
export const envFields = {
  port: (defaultPort: number) => z.coerce.number().int().min(1).max(65_535).default(defaultPort),
  host: () => z.string().min(1).default('127.0.0.1'),
  postgresUrl: (database: string) =>
    z
      .string()
      .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// URL')
      .default(`postgres://postgres:postgres@127.0.0.1:54320/${database}`),
  /** A comma-separated list (items trimmed, blanks dropped), checked as a whole by `list`. */
  commaSeparated: <T extends z.ZodType<unknown, string[]>>(list: T, defaultValue: string) =>
    z
      .string()
      .default(defaultValue)
      .transform((value) =>
        value
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean),
      )
      .pipe(list),
  kafkaBrokers: () =>
    envFields.commaSeparated(z.array(z.string().regex(/^[^:\s]+:\d+$/, 'each broker must be host:port')).min(1), '127.0.0.1:9092'),
  logLevel: () => z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Another service's internal API: an http(s) origin only, since every path is appended to it. */
  serviceUrl: (defaultUrl: string) =>
    z
      .url({ protocol: /^https?$/ })
      // zod runs the refinement even when the URL check failed, so it must not assume a parsable value.
      .refine((value) => {
        if (!URL.canParse(value)) return true;
        const url = new URL(value);
        return url.pathname === '/' && url.search === '' && url.hash === '';
      }, 'must be an origin such as http://reports:3102, without a path')
      .default(defaultUrl),
  /**
   * How often a consumer commits the offsets it has finished with. Committing after every batch costs the
   * broker a write per batch; the inbox makes the few events redelivered after a crash harmless.
   */
  commitIntervalMs: () => z.coerce.number().int().min(0).default(1_000),
  /** An IANA time zone name (`Asia/Shanghai`), as the runtime's time zone database knows it. */
  timeZone: (defaultZone: string) =>
    z.string().refine(isKnownTimeZone, 'must be an IANA time zone name such as Asia/Shanghai').default(defaultZone),
};

function isKnownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    // Recent runtimes also take offsets (+08:00), which are no zone: they know no daylight-saving rules.
    return /^[A-Za-z]/.test(name);
  } catch {
    return false;
  }
}

/** Settings every service with a database shares. */
export const databaseEnvFields = {
  /**
   * How long a statement waits for a row or table lock before it fails: one stuck lock (a manual session, a
   * hung transaction) then costs the requests and events that need that row an error, not the whole service.
   * Keep it under half the gateway's UPSTREAM_TIMEOUT_MS: a review that meets a lock waits for it twice (in
   * its batch, then alone), and the caller should hear "busy" from the service, not a gateway timeout.
   */
  DATABASE_LOCK_TIMEOUT_MS: z.coerce.number().int().min(1).default(2_000),
  /**
   * How long opening a connection (or waiting for a free one in the pool) may take: with PostgreSQL unreachable
   * or a half-open route, a request or event fails with an availability error instead of hanging for minutes.
   */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(1).default(5_000),
  /**
   * The longest a single statement may run before the server cancels it (SQLSTATE 57014). Migrations are exempt:
   * they run on a session of their own without this limit.
   */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(1).default(30_000),
  /**
   * TCP keepalive on both ends of every connection: after this much silence the peer is probed, so a dead
   * PostgreSQL (or a dead client holding locks, such as a relay's advisory lock) is noticed within a few times this.
   */
  DATABASE_KEEPALIVE_MS: z.coerce.number().int().min(1_000).default(10_000),
};
/** The database settings alone, e.g. to take their defaults where there is no service environment. */
export const databaseEnvSchema = z.object(databaseEnvFields);
export type DatabaseEnv = z.output<typeof databaseEnvSchema>;

/** Settings every service that consumes events shares. */
export const consumerEnvFields = {
  /**
   * How long an event handler may run before the consumer stops waiting for it, pauses the partition and tries
   * the event again later. The inbox makes a late finish of the first attempt harmless.
   */
  EVENT_HANDLER_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
};

/**
 * The Kafka principal a process authenticates as (SASL/SCRAM-SHA-512); the broker's ACLs limit a service's
 * principal to its own topics. The defaults are the user the embedded broker creates for it; containers take
 * both from secrets.
 */
export function kafkaSaslEnvFields(principal: KafkaPrincipal) {
  return {
    KAFKA_SASL_USERNAME: z.string().min(1).default(principal),
    KAFKA_SASL_PASSWORD: z.string().min(1).default(developmentKafkaPassword(principal)),
  };
}

/** The credentials kafkaSaslEnvFields read, in the shape the Kafka client takes them. */
export function kafkaSaslCredentials(config: { KAFKA_SASL_USERNAME: string; KAFKA_SASL_PASSWORD: string }) {
  return { username: config.KAFKA_SASL_USERNAME, password: config.KAFKA_SASL_PASSWORD };
}

/**
 * Settings every service behind the gateway shares: where the gateway publishes its signing keys and the issuer
 * its access tokens name, so the service can verify each caller's token.
 */
export const callerTokenEnvFields = {
  GATEWAY_JWKS_URL: z.url({ protocol: /^https?$/ }).default('http://127.0.0.1:3000/.well-known/jwks.json'),
  GATEWAY_TOKEN_ISSUER: z.string().min(1).default('http://127.0.0.1:3000'),
};

/** The settings callerTokenEnvFields read, in the shape PlatformModule takes them. */
export function callerTokenOptions(config: { GATEWAY_JWKS_URL: string; GATEWAY_TOKEN_ISSUER: string }): CallerTokenOptions {
  return { jwksUrl: config.GATEWAY_JWKS_URL, issuer: config.GATEWAY_TOKEN_ISSUER };
}

/** Settings every service shares. */
export const commonEnvSchema = z.object({
  HTTP_HOST: envFields.host(),
  KAFKA_BROKERS: envFields.kafkaBrokers(),
  LOG_LEVEL: envFields.logLevel(),
  /** `production` in the image (Dockerfile): then development defaults are refused (refuseDevelopmentDefaults). */
  NODE_ENV: z.string().optional(),
});
export type CommonEnv = z.output<typeof commonEnvSchema>;
