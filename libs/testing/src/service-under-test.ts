import { INestApplication } from '@nestjs/common';
import { startEventConsumer } from '@waystation/messaging';
import { createServiceApp } from '@waystation/platform';
import { databaseUrl, readTestInfra } from './infra-state';
import { createScratchDatabase } from './probes';
import { testTokenIssuer } from './test-token-issuer';

export interface ServiceUnderTestOptions {
  /** The service's database variable, e.g. `POINTS_DATABASE_URL`; it gets a fresh scratch database. */
  databaseVariable: string;
  /** Also run the service's Kafka consumer (the app becomes hybrid, as in production). */
  consumesEvents?: boolean;
  /** A second replica: the scratch database of one started before, instead of a fresh one. */
  database?: string;
  /** More settings, e.g. limits a spec lowers. */
  env?: Record<string, string>;
}

/**
 * One service in this process, on a scratch database and the run's Kafka, trusting the test token issuer (so
 * `serviceAs` reaches it as any actor): `buildModule` turns the environment
 * into the app module (`(env) => AppModule.forRoot(schema.parse(env))`), exactly as `main.ts` does.
 */
export async function startServiceUnderTest(
  buildModule: (env: Record<string, string>) => unknown,
  { databaseVariable, consumesEvents = false, database: existing, env = {} }: ServiceUnderTestOptions,
): Promise<{ app: INestApplication; database: string }> {
  const database = existing ?? (await createScratchDatabase(databaseVariable.replace(/_DATABASE_URL$/, '').toLowerCase()));
  const app = await createServiceApp(
    buildModule({
      [databaseVariable]: databaseUrl(database),
      KAFKA_BROKERS: readTestInfra().kafka.brokers.join(','),
      LOG_LEVEL: 'warn',
      ...(await testTokenIssuer.start()),
      ...env,
    }),
  );
  await app.init();
  if (consumesEvents) await startEventConsumer(app);
  return { app, database };
}
