import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readFile, rm, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname, resolve } from 'node:path';
import { developmentKafkaPassword, KAFKA_ADMIN_PRINCIPAL } from '@waystation/contracts';
import { Kafka, logLevel, type SASLOptions } from 'kafkajs';
import { applyKafkaAcls } from './kafka-acls';
import type { KafkaEndpoint } from './kafka-client';
import { javaArguments, javaExecutable } from './kafka-java';
import { ensureKafkaJars } from './kafka-jars';
import { type KafkaLayout, kafkaLayout } from './kafka-layout';
import { waitUntilKafkaServes } from './wait-until-kafka-serves';
import { addMissingScramPrincipals, recordScramPrincipals, scramFormatArguments } from './kafka-scram-users';
import { BROKER_PRINCIPAL, kafkaServerProperties } from './kafka-server-properties';
import { firstMatchesOfLog, tailOfLog } from './log-tail';
import { isProcessRunning, terminateProcess } from './process-control';
import { runCommandOrThrow } from './run-command';

export interface KafkaOptions {
  dataDir: string;
  port: number;
  controllerPort: number;
}

/** A running broker: its addresses and the tooling's super user (`admin`, SASL/SCRAM-SHA-512). */
export type KafkaInstance = KafkaEndpoint;

const READY_TIMEOUT_MS = 90_000;
const STOP_GRACE_MS = 30_000;
const ADMIN_SASL: KafkaEndpoint['sasl'] = {
  username: KAFKA_ADMIN_PRINCIPAL,
  password: developmentKafkaPassword(KAFKA_ADMIN_PRINCIPAL),
};

/**
 * Starts a single-node Kafka (KRaft, broker and controller in one JVM) on 127.0.0.1, or reuses the one
 * already running for `dataDir`, and resolves once it serves clients. The JVM is detached: it outlives
 * the calling process until stopKafka(dataDir), from this process or any other. Data survives restarts.
 * Every client authenticates with SASL/SCRAM: each service as its own principal, limited by the ACLs of the
 * contracts (granted at every start), the tooling as `admin`.
 */
export async function startKafka(options: KafkaOptions): Promise<KafkaInstance> {
  const layout = kafkaLayout(resolve(options.dataDir));
  const brokers = [`127.0.0.1:${options.port}`];
  const clusterId = await clusterIdOf(layout);
  const runningPid = await runningBrokerPid(layout);
  const jarsDir = await ensureKafkaJars();
  const brokerPassword = await brokerPasswordOf(layout);
  const pid = runningPid ?? (await launchBroker(jarsDir, layout, options, clusterId, brokerPassword));
  // The broker's own principal: a super user that exists before any SCRAM credential does.
  const asBroker: SASLOptions = { mechanism: 'plain', username: BROKER_PRINCIPAL, password: brokerPassword };
  try {
    await waitUntilKafkaServes({
      brokers,
      sasl: asBroker,
      clusterId,
      timeoutMs: READY_TIMEOUT_MS,
      isProcessAlive: () => isProcessRunning(pid, brokerIdentity(layout)),
      describeFailure: () => describeBrokerLogs(layout),
    });
    await addMissingScramPrincipals(layout, brokers[0], (mainClass, args) =>
      runCommandOrThrow(javaExecutable(), javaArguments(jarsDir, layout, mainClass, args)),
    );
    await applyKafkaAcls(new Kafka({ clientId: 'waystation-infra-acls', brokers, sasl: asBroker, logLevel: logLevel.ERROR }));
  } catch (error) {
    if (runningPid === undefined) {
      await stopKafka(options.dataDir);
    }
    throw error;
  }
  return { brokers, sasl: ADMIN_SASL };
}

/** Stops the broker of `dataDir` (SIGTERM, SIGKILL after 30 s); does nothing if none is running. */
export async function stopKafka(dataDir: string): Promise<void> {
  const layout = kafkaLayout(resolve(dataDir));
  const pid = await runningBrokerPid(layout);
  if (pid !== undefined) {
    await terminateProcess(pid, brokerIdentity(layout), STOP_GRACE_MS);
  }
  await rm(layout.pidFile, { force: true });
}

async function describeBrokerLogs(layout: KafkaLayout): Promise<string> {
  const excerpts = await Promise.all([
    firstMatchesOfLog(layout.serverLog, / (ERROR|FATAL) /),
    tailOfLog(layout.serverLog, 20),
    tailOfLog(layout.processOutput, 10),
  ]);
  return excerpts.join('\n');
}

async function launchBroker(
  jarsDir: string,
  layout: KafkaLayout,
  options: KafkaOptions,
  clusterId: string,
  brokerPassword: string,
): Promise<number> {
  await mkdir(layout.logsDir, { recursive: true });
  await writeFile(
    layout.serverProperties,
    kafkaServerProperties({ port: options.port, controllerPort: options.controllerPort, logDirs: layout.logDirs, brokerPassword }),
  );
  await writeFile(layout.toolsClientConfig, toolsClientConfig(brokerPassword), { mode: 0o600 });
  await formatStorageOnce(jarsDir, layout, clusterId);

  const output = await open(layout.processOutput, 'w');
  try {
    // Detached into its own session: Ctrl-C or closing the terminal that started it does not reach it.
    const broker = spawn(javaExecutable(), javaArguments(jarsDir, layout, 'kafka.Kafka', [layout.serverProperties]), {
      detached: true,
      stdio: ['ignore', output.fd, output.fd],
    });
    await once(broker, 'spawn');
    broker.unref();
    await writeFile(layout.pidFile, `${broker.pid}\n`);
    return broker.pid as number;
  } finally {
    await output.close();
  }
}

async function formatStorageOnce(jarsDir: string, layout: KafkaLayout, clusterId: string): Promise<void> {
  if (existsSync(layout.metaProperties)) {
    return;
  }
  await runCommandOrThrow(
    javaExecutable(),
    javaArguments(jarsDir, layout, 'kafka.tools.StorageTool', [
      'format',
      '-t',
      clusterId,
      '-c',
      layout.serverProperties,
      ...scramFormatArguments(),
    ]),
  );
  await recordScramPrincipals(layout);
}

/** The broker principal's password: made at the first start, kept beside the data (readable by its owner only). */
async function brokerPasswordOf(layout: KafkaLayout): Promise<string> {
  if (existsSync(layout.brokerPasswordFile)) {
    return (await readFile(layout.brokerPasswordFile, 'utf8')).trim();
  }
  const password = randomBytes(24).toString('base64url');
  await mkdir(dirname(layout.brokerPasswordFile), { recursive: true });
  await writeFile(layout.brokerPasswordFile, `${password}\n`, { mode: 0o600 });
  return password;
}

/** What Apache's command-line tools need to act as the broker principal (kafka-configs --command-config). */
function toolsClientConfig(brokerPassword: string): string {
  return [
    'security.protocol=SASL_PLAINTEXT',
    'sasl.mechanism=PLAIN',
    `sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${BROKER_PRINCIPAL}" password="${brokerPassword}";`,
  ]
    .join('\n')
    .concat('\n');
}

/** The id the storage was formatted with (kept in meta.properties), or a new one for a first format. */
async function clusterIdOf(layout: KafkaLayout): Promise<string> {
  if (!existsSync(layout.metaProperties)) {
    return randomKafkaUuid();
  }
  const clusterId = /^cluster\.id=(.+)$/m.exec(await readFile(layout.metaProperties, 'utf8'))?.[1];
  if (!clusterId) {
    throw new Error(`${layout.metaProperties} has no cluster.id`);
  }
  return clusterId.trim();
}

/** Same shape as Kafka's Uuid.randomUuid(): 16 random bytes, base64url, never starting with '-' (reads as a flag). */
function randomKafkaUuid(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) {
      return id;
    }
  }
}

async function runningBrokerPid(layout: KafkaLayout): Promise<number | undefined> {
  if (!existsSync(layout.pidFile)) {
    return undefined;
  }
  const pid = Number.parseInt(await readFile(layout.pidFile, 'utf8'), 10);
  return Number.isInteger(pid) && (await isProcessRunning(pid, brokerIdentity(layout))) ? pid : undefined;
}

/** What the broker's command line contains, telling it apart from any other process that got its pid. */
function brokerIdentity(layout: KafkaLayout): string[] {
  return ['kafka.Kafka', layout.serverProperties];
}
