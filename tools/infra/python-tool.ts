import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCommandOrThrow } from './run-command';
import { waystationCacheDir } from './waystation-cache-dir';

const COMPLETE_MARKER = '.complete';

export interface PythonTool {
  /** Names the cached environment (`schemathesis`), beside its version. */
  name: string;
  version: string;
  /** What pip installs, pinned (`moto[server]==5.2.5`). */
  requirement: string;
}

/**
 * Returns the `bin` folder of a private virtual environment holding `tool` from PyPI, creating it with
 * `python3 -m venv` and pip the first time (cached in ~/.cache/waystation, reused after).
 */
export async function ensurePythonTool({ name, version, requirement }: PythonTool): Promise<string> {
  const venvDir = join(waystationCacheDir(), `${name}-${version}`);
  const bin = join(venvDir, 'bin');
  if (existsSync(join(venvDir, COMPLETE_MARKER))) return bin;

  // A venv cannot be moved once made (its scripts name their interpreter's path), so it is built in place;
  // the marker is written last, so an interrupted install is started again from scratch.
  await rm(venvDir, { recursive: true, force: true });
  await mkdir(venvDir, { recursive: true });
  await runCommandOrThrow('python3', ['-m', 'venv', venvDir]);
  await runCommandOrThrow(join(bin, 'pip'), ['install', '--quiet', '--disable-pip-version-check', requirement]);
  const staged = join(venvDir, `${COMPLETE_MARKER}.partial-${process.pid}`);
  await writeFile(staged, version);
  await rename(staged, join(venvDir, COMPLETE_MARKER));
  return bin;
}
