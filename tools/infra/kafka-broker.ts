import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, open, readFile, rm, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { ensureKafkaJars } from './kafka-jars';
import { type KafkaLayout, kafkaLayout } from './kafka-layout';
import { waitUntilKafkaReady } from './kafka-readiness';
import { kafkaServerProperties } from './kafka-server-properties';
import { firstMatchesOfLog, tailOfLog } from './log-tail';
import { isProcessRunning, terminateProcess } from './process-control';
import { runCommandOrThrow } from './run-command';

export interface KafkaOptions {
  dataDir: string;
  port: number;
  controllerPort: number;
}

export interface KafkaInstance {
  brokers: string[];
}

const READY_TIMEOUT_MS = 90_000;
const STOP_GRACE_MS = 30_000;
const LOG4J2_CONFIG = resolve(__dirname, '../kafka/log4j2.yaml');
const BROKER_JVM_OPTIONS = [
  '-Xms256m',
  '-Xmx512m',
  '-XX:+UseG1GC',
  '-XX:MaxGCPauseMillis=20',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djava.awt.headless=true',
];

/**
 * Starts a single-node Kafka (KRaft, broker and controller in one JVM) on 127.0.0.1, or reuses the one
 * already running for `dataDir`, and resolves once it serves clients. The JVM is detached: it outlives
 * the calling process until stopKafka(dataDir), from this process or any other. Data survives restarts.
 */
export async function startKafka(options: KafkaOptions): Promise<KafkaInstance> {
  const layout = kafkaLayout(resolve(options.dataDir));
  const brokers = [`127.0.0.1:${options.port}`];
  const clusterId = await clusterIdOf(layout);
  const runningPid = await runningBrokerPid(layout);
  const pid = runningPid ?? (await launchBroker(layout, options, clusterId));
  try {
    await waitUntilKafkaReady({
      brokers,
      clusterId,
      timeoutMs: READY_TIMEOUT_MS,
      isProcessAlive: () => isProcessRunning(pid, brokerIdentity(layout)),
      describeFailure: () => describeBrokerLogs(layout),
    });
  } catch (error) {
    if (runningPid === undefined) {
      await stopKafka(options.dataDir);
    }
    throw error;
  }
  return { brokers };
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

async function launchBroker(layout: KafkaLayout, options: KafkaOptions, clusterId: string): Promise<number> {
  const jarsDir = await ensureKafkaJars();
  await mkdir(layout.logsDir, { recursive: true });
  await writeFile(
    layout.serverProperties,
    kafkaServerProperties({ port: options.port, controllerPort: options.controllerPort, logDirs: layout.logDirs }),
  );
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
    javaArguments(jarsDir, layout, 'kafka.tools.StorageTool', ['format', '-t', clusterId, '-c', layout.serverProperties]),
  );
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

function javaArguments(jarsDir: string, layout: KafkaLayout, mainClass: string, args: string[]): string[] {
  return [
    ...BROKER_JVM_OPTIONS,
    `-Dlog4j2.configurationFile=${LOG4J2_CONFIG}`,
    `-Dkafka.logs.dir=${layout.logsDir}`,
    '-cp',
    join(jarsDir, '*'),
    mainClass,
    ...args,
  ];
}

function javaExecutable(): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
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
