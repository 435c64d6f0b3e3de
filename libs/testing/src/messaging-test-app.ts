import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { callerTokenOptions, DatabaseModule, databaseConnectionOptions, databaseEnvSchema, PlatformModule } from '@waystation/platform';
import { messagingMigrations, MessagingModule, MessagingOptions, startEventConsumer } from '@waystation/messaging';
import { databaseUrl, readTestInfra } from './infra-state';
import { testTokenIssuer } from './test-token-issuer';
import { Logger } from 'nestjs-pino';

export interface MessagingTestAppOptions {
  database: string;
  messaging: Omit<MessagingOptions, 'brokers'>;
  /** Event handlers; when present the app also consumes, as a hybrid app. */
  controllers?: Type[];
  /** Runs after the app started and before its consumer starts (e.g. to create a dead-letter topic). */
  beforeConsuming?: (app: INestApplication) => Promise<void>;
}

/** A minimal service: platform, its database with the messaging migrations, and MessagingModule on the run's Kafka. */
export async function startMessagingTestApp(options: MessagingTestAppOptions): Promise<INestApplication> {
  const { database, messaging, controllers = [], beforeConsuming } = options;
  class MessagingTestModule {}
  const app = await NestFactory.create(
    {
      module: MessagingTestModule,
      imports: [
        PlatformModule.forRoot({
          serviceName: messaging.serviceName,
          logLevel: 'error',
          callerTokens: callerTokenOptions(await testTokenIssuer.start()),
        }),
        DatabaseModule.forRoot({
          ...databaseConnectionOptions(databaseUrl(database), databaseEnvSchema.parse({ DATABASE_LOCK_TIMEOUT_MS: 5_000 })),
          migrations: messagingMigrations,
        }),
        // As the admin principal: these specs test the plumbing on topics of their own, not the services' ACLs.
        MessagingModule.forRoot({ ...messaging, brokers: readTestInfra().kafka.brokers, sasl: readTestInfra().kafka.sasl }),
      ],
      controllers,
    },
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  await app.init();
  await beforeConsuming?.(app);
  if (controllers.length > 0) await startEventConsumer(app);
  return app;
}

const closing = new WeakMap<INestApplication, Promise<void>>();

/** Closes the app once, however often it is called (a test may close it before afterAll does). */
export function closeApp(app: INestApplication | undefined): Promise<void> {
  if (!app) return Promise.resolve();
  const closed = closing.get(app) ?? app.close();
  closing.set(app, closed);
  return closed;
}

/** Closes the app, failing instead of hanging when its shutdown does not finish in time. */
export async function closeWithin(app: INestApplication, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the app did not close within ${ms} ms`)), ms);
  });
  try {
    await Promise.race([closeApp(app), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
