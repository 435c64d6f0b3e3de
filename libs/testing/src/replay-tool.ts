import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readTestInfra } from './infra-state';
import { REPO_ROOT } from './repo-root';

const REPLAY_TIMEOUT_MS = 120_000;

/** Runs the operators' replay tool (`npm run kafka:replay-dlq`) on the run's broker and returns what it printed. */
export async function runDeadLetterReplay(deadLetterTopic: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['-r', '@swc-node/register', 'tools/dead-letters/replay-dead-letters.ts', deadLetterTopic],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, KAFKA_BROKERS: readTestInfra().kafka.brokers.join(',') },
      timeout: REPLAY_TIMEOUT_MS,
    },
  );
  return stdout.trim();
}
