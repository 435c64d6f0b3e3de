import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandResult, runCommand, runCommandOrThrow } from './run-command';
import { waystationCacheDir } from './waystation-cache-dir';

/** The schemathesis release the fuzz test runs; a bump installs it next to the old one. */
export const SCHEMATHESIS_VERSION = '4.32.5';

const COMPLETE_MARKER = '.complete';

/**
 * Returns the `st` command of a private virtual environment holding the pinned schemathesis from PyPI,
 * creating it with `python3 -m venv` and pip the first time (cached in ~/.cache/waystation, reused after).
 */
export async function ensureSchemathesis(): Promise<string> {
  const venvDir = join(waystationCacheDir(), `schemathesis-${SCHEMATHESIS_VERSION}`);
  const st = join(venvDir, 'bin', 'st');
  if (existsSync(join(venvDir, COMPLETE_MARKER))) return st;

  // A venv cannot be moved once made (its scripts name their interpreter's path), so it is built in place;
  // the marker is written last, so an interrupted install is started again from scratch.
  await rm(venvDir, { recursive: true, force: true });
  await mkdir(venvDir, { recursive: true });
  await runCommandOrThrow('python3', ['-m', 'venv', venvDir]);
  await runCommandOrThrow(join(venvDir, 'bin', 'pip'), [
    'install',
    '--quiet',
    '--disable-pip-version-check',
    `schemathesis==${SCHEMATHESIS_VERSION}`,
  ]);
  const staged = join(venvDir, `${COMPLETE_MARKER}.partial-${process.pid}`);
  await writeFile(staged, SCHEMATHESIS_VERSION);
  await rename(staged, join(venvDir, COMPLETE_MARKER));
  return st;
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
