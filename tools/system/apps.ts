import { developmentKafkaPassword } from '@waystation/contracts';

/** The Waystation processes and the variable that sets each one's HTTP port. */
export const APPS = [
  { name: 'gateway', portVariable: 'GATEWAY_HTTP_PORT', defaultPort: 3000 },
  { name: 'stations', portVariable: 'STATIONS_HTTP_PORT', defaultPort: 3101 },
  { name: 'reports', portVariable: 'REPORTS_HTTP_PORT', defaultPort: 3102 },
  { name: 'points', portVariable: 'POINTS_HTTP_PORT', defaultPort: 3103 },
  { name: 'notifications', portVariable: 'NOTIFICATIONS_HTTP_PORT', defaultPort: 3104 },
] as const;

export type AppName = (typeof APPS)[number]['name'];

/**
 * Where each app serves `/metrics` and health with details. The gateway's own port is public, so it has a
 * management port beside it; a service's port is internal already and serves them itself.
 */
export const GATEWAY_MANAGEMENT = { portVariable: 'GATEWAY_MANAGEMENT_PORT', defaultPort: 3100 } as const;

export function managementPort(name: AppName): number {
  return name === 'gateway' ? GATEWAY_MANAGEMENT.defaultPort : appPort(name);
}

export const SERVICE_URL_VARIABLES: Record<Exclude<AppName, 'gateway'>, string> = {
  stations: 'STATIONS_SERVICE_URL',
  reports: 'REPORTS_SERVICE_URL',
  points: 'POINTS_SERVICE_URL',
  notifications: 'NOTIFICATIONS_SERVICE_URL',
};

/** The variable holding a service's database URL, e.g. `POINTS_DATABASE_URL`. */
export function databaseVariable(service: AppName): string {
  return `${service.toUpperCase()}_DATABASE_URL`;
}

/**
 * How every app finds the gateway's token issuer: the `iss` of its access tokens (the gateway signs with it, the
 * services expect it) and the JWKS the services verify them against, both at the gateway's origin.
 */
export function gatewayTokenEnvironment(gatewayOrigin: string): Record<string, string> {
  return { GATEWAY_TOKEN_ISSUER: gatewayOrigin, GATEWAY_JWKS_URL: `${gatewayOrigin}/.well-known/jwks.json` };
}

export interface SystemLayout {
  host: string;
  /** Added to every app's default port, so a second system (the tests') runs beside `npm start`. */
  portOffset: number;
  kafkaBrokers: string[];
  databaseUrl: (database: string) => string;
  /** The gateway's development SMS provider writes each code here (`npm start` names it; the test harness reads it). */
  smsOutbox: string;
  /** Where reports keeps its photos (its local photo store), beside the rest of this system's data. */
  photoDir: string;
  /** All traffic comes from this machine's one address (the tests, the bench): the per-address limits would stop it. */
  oneClientAddress?: boolean;
}

/**
 * The gateway's rate limits for a system whose every client is 127.0.0.1: hundreds of workers signing up and
 * reporting from one address (the fault suite, the bench). The per-account limits stay, high enough for a bench.
 * A number may be sent codes back to back: the seed signs the demo worker in, then a test signs in as them too.
 * A few workers file hundreds of reports each (the fault suite, the bench): the per-worker daily limit is lifted.
 */
const ONE_ADDRESS_LIMITS: Record<string, string> = {
  GATEWAY_OTP_RESEND_INTERVAL_SECONDS: '0',
  GATEWAY_OTP_PER_ADDRESS_PER_HOUR: '1000000',
  GATEWAY_RATE_LIMIT_PER_ADDRESS: '1000000',
  GATEWAY_RATE_LIMIT_PER_ACCOUNT: '1000000',
  REPORTS_DAILY_LIMIT: '1000000',
};

/** The environment that wires every app to the same infrastructure and to each other. */
export function systemEnvironment(layout: SystemLayout): Record<string, string> {
  const env: Record<string, string> = {
    HTTP_HOST: layout.host,
    KAFKA_BROKERS: layout.kafkaBrokers.join(','),
    GATEWAY_SMS_DEV_OUTBOX: layout.smsOutbox,
    REPORTS_PHOTO_DIR: layout.photoDir,
    // Every system this builds runs on one machine (npm start, the tests, the bench): receivers are local.
    NOTIFICATIONS_WEBHOOK_ALLOW_LOOPBACK: 'true',
    ...(layout.oneClientAddress ? ONE_ADDRESS_LIMITS : {}),
    ...gatewayTokenEnvironment(appUrl(layout, 'gateway')),
  };
  env[GATEWAY_MANAGEMENT.portVariable] = String(GATEWAY_MANAGEMENT.defaultPort + layout.portOffset);
  APPS.forEach((app) => {
    const port = app.defaultPort + layout.portOffset;
    env[app.portVariable] = String(port);
    env[databaseVariable(app.name)] = layout.databaseUrl(app.name);
    if (app.name !== 'gateway') env[SERVICE_URL_VARIABLES[app.name]] = `http://${layout.host}:${port}`;
  });
  return env;
}

/**
 * The Kafka principal of one app on the embedded broker: its own, whatever KAFKA_SASL_* the shell that started
 * the system holds (the tools read the same variables as the admin principal).
 */
export function appKafkaPrincipal(name: AppName): Record<string, string> {
  return { KAFKA_SASL_USERNAME: name, KAFKA_SASL_PASSWORD: developmentKafkaPassword(name) };
}

export function appUrl(layout: Pick<SystemLayout, 'host' | 'portOffset'>, name: AppName): string {
  return `http://${layout.host}:${appPort(name) + layout.portOffset}`;
}

/** Where to read an app's `/metrics` and detailed `/health/ready`. */
export function managementUrl(layout: Pick<SystemLayout, 'host' | 'portOffset'>, name: AppName): string {
  return `http://${layout.host}:${managementPort(name) + layout.portOffset}`;
}

function appPort(name: AppName): number {
  const app = APPS.find((candidate) => candidate.name === name);
  if (!app) throw new Error(`No app called ${name}`);
  return app.defaultPort;
}
