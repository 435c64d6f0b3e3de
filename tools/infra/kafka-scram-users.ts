import { developmentKafkaPassword, KAFKA_PRINCIPALS } from '@waystation/contracts';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import type { KafkaLayout } from './kafka-layout';

const SCRAM_MECHANISM = 'SCRAM-SHA-512';

/** Runs one of Apache's tools (a main class of the broker's jars) to completion. */
export type KafkaTool = (mainClass: string, args: string[]) => Promise<unknown>;

/** `kafka-storage format` arguments that put every principal's SCRAM credentials into the new metadata log. */
export function scramFormatArguments(): string[] {
  return KAFKA_PRINCIPALS.flatMap((principal) => ['--add-scram', `${SCRAM_MECHANISM}=[name=${principal},${scramPassword(principal)}]`]);
}

/** Records that the storage was formatted with every principal's credentials. */
export function recordScramPrincipals(layout: KafkaLayout): Promise<void> {
  return writeFile(layout.scramPrincipalsFile, `${KAFKA_PRINCIPALS.join('\n')}\n`);
}

/**
 * Adds the SCRAM credentials of the principals a data directory formatted earlier (before SASL, or before a
 * principal was added) lacks, through the running broker (`kafka-configs --alter`, as the broker principal).
 */
export async function addMissingScramPrincipals(layout: KafkaLayout, bootstrapServer: string, runTool: KafkaTool): Promise<void> {
  const known = existsSync(layout.scramPrincipalsFile) ? (await readFile(layout.scramPrincipalsFile, 'utf8')).split('\n') : [];
  const missing = KAFKA_PRINCIPALS.filter((principal) => !known.includes(principal));
  for (const principal of missing) {
    await runTool('kafka.admin.ConfigCommand', [
      '--bootstrap-server',
      bootstrapServer,
      '--command-config',
      layout.toolsClientConfig,
      '--alter',
      '--entity-type',
      'users',
      '--entity-name',
      principal,
      '--add-config',
      `${SCRAM_MECHANISM}=[${scramPassword(principal)}]`,
    ]);
  }
  if (missing.length > 0) await recordScramPrincipals(layout);
}

function scramPassword(principal: string): string {
  return `password=${developmentKafkaPassword(principal)}`;
}
