import {
  APPS,
  AppName,
  appUrl,
  databaseVariable,
  GATEWAY_MANAGEMENT,
  gatewayTokenEnvironment,
  managementPort,
  SERVICE_URL_VARIABLES,
} from '@waystation/system';

/** What a deployment provides to the apps: where Kafka, each database and each other app can be reached. */
export interface Platform {
  kafkaBrokers: string;
  /** Where an app's Kafka password comes from: a value (compose, development) or a secret (Kubernetes). */
  kafkaPassword(app: AppName): EnvValue;
  /** A secret of the gateway's sign-in (e.g. `otp-secret`, the key one-time codes are hashed with). */
  gatewaySecret(key: string): EnvValue;
  databaseUrl(database: AppName): string;
  /** The first city-office admin's password (the gateway refuses the development default in production). */
  bootstrapAdminPassword: EnvValue;
  appHost(app: AppName): string;
  /** The key that signs the stations' check-in codes, the same for every replica. */
  checkInSecret: EnvValue;
  /** The key notifications seals the webhook endpoints' signing secrets under, the same for every replica. */
  webhookSecretKey: EnvValue;
}

/** One app as a container sees it: the same image for every app, started with the app's entry point. */
export interface AppDeployment {
  name: AppName;
  port: number;
  /** Where `/metrics` and health with details are served: `port` itself, except for the gateway. */
  managementPort: number;
  command: string[];
  env: Record<string, EnvValue>;
  /** The app's own database. */
  database: AppName;
}

/** A variable's value, or the secret key it is read from. */
export type EnvValue = string | { secret: string; key: string };

export const IMAGE = 'waystation';
export const HEALTH = { live: '/health/live', ready: '/health/ready', metrics: '/metrics' } as const;

/**
 * Every app with the environment that wires it to the platform. Containers listen on every interface; the
 * embedded defaults (127.0.0.1) only suit one machine.
 */
export function appDeployments(platform: Platform): AppDeployment[] {
  return APPS.map(({ name, portVariable, defaultPort }) => {
    const database = name;
    const env: Record<string, EnvValue> = {
      HTTP_HOST: '0.0.0.0',
      [portVariable]: String(defaultPort),
      KAFKA_BROKERS: platform.kafkaBrokers,
      // Each app is a Kafka principal of its own, named after it (the ACLs: kafkaAclsOf in libs/contracts).
      KAFKA_SASL_USERNAME: name,
      KAFKA_SASL_PASSWORD: platform.kafkaPassword(name),
      LOG_LEVEL: 'info',
    };
    env[databaseVariable(database)] = platform.databaseUrl(database);
    // The gateway signs as this issuer and the services verify their callers' tokens against it (an overlay that
    // publishes the gateway under its own name sets GATEWAY_TOKEN_ISSUER to that name, for the gateway and every service).
    const gatewayTokens = gatewayTokenEnvironment(appUrl({ host: platform.appHost('gateway'), portOffset: 0 }, 'gateway'));
    if (name !== 'gateway') Object.assign(env, gatewayTokens);
    if (name === 'stations') env.STATIONS_CHECK_IN_SECRET = platform.checkInSecret;
    if (name === 'notifications') env.NOTIFICATIONS_WEBHOOK_SECRET_KEY = platform.webhookSecretKey;
    if (name === 'gateway') {
      env[GATEWAY_MANAGEMENT.portVariable] = String(GATEWAY_MANAGEMENT.defaultPort);
      env.GATEWAY_TOKEN_ISSUER = gatewayTokens.GATEWAY_TOKEN_ISSUER;
      env.GATEWAY_BOOTSTRAP_ADMIN_PASSWORD = platform.bootstrapAdminPassword;
      env.GATEWAY_OTP_SECRET = platform.gatewaySecret('otp-secret');
      for (const app of APPS) {
        if (app.name !== 'gateway') env[SERVICE_URL_VARIABLES[app.name]] = `http://${platform.appHost(app.name)}:${app.defaultPort}`;
      }
    }
    return {
      name,
      port: defaultPort,
      managementPort: managementPort(name),
      command: ['node', '-r', '@swc-node/register', `apps/${name}/src/main.ts`],
      env,
      database,
    };
  });
}
