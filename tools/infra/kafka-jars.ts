import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { runCommandOrThrow } from './run-command';
import { waystationCacheDir } from './waystation-cache-dir';

const KAFKA_POM = resolve(__dirname, 'kafka/pom.xml');
const COMPLETE_MARKER = '.complete';

/**
 * Returns a directory holding every jar the Kafka broker needs (the runtime classpath of tools/infra/kafka/pom.xml),
 * fetching them with Maven the first time. The cache is keyed by the pom's content, so editing the pom
 * (a version bump) fetches again; an unchanged pom fetches nothing.
 */
export async function ensureKafkaJars(): Promise<string> {
  const pom = await readFile(KAFKA_POM, 'utf8');
  const libsDir = join(waystationCacheDir(), `kafka-${kafkaVersionOf(pom)}`, 'libs');
  const pomHash = createHash('sha256').update(pom).digest('hex');
  if ((await readMarker(libsDir)) === pomHash) {
    return libsDir;
  }

  // Fetch into a private directory and move it into place only when complete, so an interrupted fetch or
  // a concurrent one (npm start while jest runs) never leaves a half-filled classpath behind.
  const stagingDir = `${libsDir}.partial-${process.pid}`;
  await rm(stagingDir, { recursive: true, force: true });
  await mkdir(dirname(libsDir), { recursive: true });
  try {
    await runCommandOrThrow('mvn', [
      '-q',
      '-B',
      '-f',
      KAFKA_POM,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${stagingDir}`,
      '-DincludeScope=runtime',
    ]);
    await writeFile(join(stagingDir, COMPLETE_MARKER), pomHash);
    await rm(libsDir, { recursive: true, force: true });
    await rename(stagingDir, libsDir);
  } finally {
    await rm(stagingDir, { recursive: true, force: true });
  }
  return libsDir;
}

/** The broker version tools/infra/kafka/pom.xml pins: what the tests run, and what docker-compose.yml runs. */
export function pinnedKafkaVersion(): string {
  return kafkaVersionOf(readFileSync(KAFKA_POM, 'utf8'));
}

function kafkaVersionOf(pom: string): string {
  const version = /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(pom)?.[1];
  if (!version) {
    throw new Error(`${KAFKA_POM} does not declare the <kafka.version> property`);
  }
  return version;
}

async function readMarker(libsDir: string): Promise<string | undefined> {
  const marker = join(libsDir, COMPLETE_MARKER);
  return existsSync(marker) ? (await readFile(marker, 'utf8')).trim() : undefined;
}
