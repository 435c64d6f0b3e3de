import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensurePythonTool } from './python-tool';
import { CommandResult, runCommand } from './run-command';

/** The schemathesis release the fuzz test runs; a bump installs it next to the old one. */
export const SCHEMATHESIS_VERSION = '4.32.5';

/** Returns the `st` command of the pinned schemathesis from PyPI, installed once into a cached venv. */
export async function ensureSchemathesis(): Promise<string> {
  const bin = await ensurePythonTool({
    name: 'schemathesis',
    version: SCHEMATHESIS_VERSION,
    requirement: `schemathesis==${SCHEMATHESIS_VERSION}`,
  });
  return join(bin, 'st');
}

export interface FuzzRun {
  /** The OpenAPI document to fuzz, served by the API itself. */
  schemaUrl: string;
  headers: Record<string, string>;
  /** Test cases per operation and generation mode. */
  maxExamples: number;
  /** Fixed, so a failure shows up again on the next run. */
  seed: number;
  checks: string[];
  /** Operations left out, by name (`DELETE /api/v1/me`). */
  excludeOperations?: string[];
}

/** Runs schemathesis once over every operation of the document; exit code 0 means every check passed. */
export async function runSchemathesis(run: FuzzRun): Promise<CommandResult> {
  const st = await ensureSchemathesis();
  // It keeps caches (.schemathesis/) in its working directory: a scratch one, so the checkout stays clean.
  const cwd = await mkdtemp(join(tmpdir(), 'schemathesis-'));
  try {
    return await runCommand(st, args(run), { cwd });
  } finally {
    await rm(cwd, { recursive: true, force: true });
  }
}

function args({ schemaUrl, headers, maxExamples, seed, checks, excludeOperations = [] }: FuzzRun): string[] {
  return [
    'run',
    schemaUrl,
    '--checks',
    checks.join(','),
    '--phases',
    'coverage,fuzzing',
    '--max-examples',
    String(maxExamples),
    '--seed',
    String(seed),
    // NUL in strings on purpose: PostgreSQL refuses it, so it must be stopped at validation.
    '--generation-allow-x00',
    'true',
    // Nested bodies (a GeoJSON map's rings of positions) are slow to generate; fuzz them all the same.
    '--suppress-health-check',
    'too_slow',
    '--workers',
    '1',
    '--request-timeout',
    '10',
    '--no-color',
    ...Object.entries(headers).flatMap(([name, value]) => ['--header', `${name}: ${value}`]),
    ...excludeOperations.flatMap((name) => ['--exclude-name', name]),
  ];
}
