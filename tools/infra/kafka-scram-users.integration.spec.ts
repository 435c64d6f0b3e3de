import { developmentKafkaPassword, KAFKA_PRINCIPALS } from '@waystation/contracts';
import { slotPort, TEST_INFRA_DIR } from '@waystation/testing';
import { logLevel } from 'kafkajs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startKafka, stopKafka } from './kafka-broker';
import { kafkaClient } from './kafka-client';
import { javaArguments, javaExecutable } from './kafka-java';
import { ensureKafkaJars } from './kafka-jars';
import { kafkaLayout } from './kafka-layout';
import { addMissingScramPrincipals } from './kafka-scram-users';
import { runCommandOrThrow } from './run-command';

// A broker of its own, beside the run's: this spec formats, stops and restarts it.
const OPTIONS = { dataDir: join(TEST_INFRA_DIR, 'kafka-formatted-before'), port: slotPort(19095), controllerPort: slotPort(19096) };
const layout = kafkaLayout(OPTIONS.dataDir);
const brokers = [`127.0.0.1:${OPTIONS.port}`];

async function canAuthenticateAs(principal: string): Promise<boolean> {
  const admin = kafkaClient(
    { brokers, sasl: { username: principal, password: developmentKafkaPassword(principal) } },
    'scram-spec',
    logLevel.NOTHING,
  ).admin({
    retry: { retries: 0 },
  });
  try {
    await admin.connect();
    return true;
  } catch {
    return false;
  } finally {
    await admin.disconnect();
  }
}

/** What a data directory formatted before `principal` existed looks like: no credentials, not in the record. */
async function forgetPrincipal(principal: string): Promise<void> {
  const jarsDir = await ensureKafkaJars();
  await runCommandOrThrow(
    javaExecutable(),
    javaArguments(jarsDir, layout, 'kafka.admin.ConfigCommand', [
      ...['--bootstrap-server', brokers[0], '--command-config', layout.toolsClientConfig],
      ...['--alter', '--entity-type', 'users', '--entity-name', principal, '--delete-config', 'SCRAM-SHA-512'],
    ]),
  );
  await writeFile(layout.scramPrincipalsFile, `${KAFKA_PRINCIPALS.filter((known) => known !== principal).join('\n')}\n`);
}

describe(addMissingScramPrincipals.name, () => {
  afterAll(async () => {
    await stopKafka(OPTIONS.dataDir);
    await rm(OPTIONS.dataDir, { recursive: true, force: true });
  });

  it('gives a data directory formatted before a principal existed its credentials at the next start', async () => {
    await startKafka(OPTIONS);
    await forgetPrincipal('points');
    expect(await canAuthenticateAs('points')).toBe(false);
    await stopKafka(OPTIONS.dataDir);

    await startKafka(OPTIONS);

    expect(await canAuthenticateAs('points')).toBe(true);
    expect(await canAuthenticateAs('reports')).toBe(true);
  }, 180_000);
});
