import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, realpath, rename, rm, symlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PostgresOsUser } from './postgres-binaries';
import { runCommand } from './run-command';

/**
 * Where the server's files go when the OS user it runs as cannot enter the folders they were asked for (a
 * clone under root's home or a `mktemp -d` folder, both 0700). /var/tmp is open to every user and survives reboots.
 */
export const SHARED_POSTGRES_ROOT = '/var/tmp/waystation-postgres';

export class PostgresUnreachableError extends Error {
  constructor(path: string) {
    super(
      `PostgreSQL runs as the OS user "postgres" (it refuses root), which cannot enter ${path}: ` +
        'run as a non-root user, or let it through with `chmod o+x` on each folder above it.',
    );
    this.name = PostgresUnreachableError.name;
  }
}

/** Whether `osUser` may enter `path`, and so every folder above it; the current user (undefined) always may. */
export async function canEnter(path: string, osUser: PostgresOsUser | undefined): Promise<boolean> {
  if (!osUser) return true;
  return (await runCommand('test', ['-x', path], osUser)).exitCode === 0;
}

/**
 * The PostgreSQL installation (`bin/`, `lib/`, `share/`) at `installDir`, or, when `osUser` cannot reach it,
 * a copy of it under SHARED_POSTGRES_ROOT that it can. The copy is made once per version, whole or not at all.
 */
export async function reachableInstallation(installDir: string, version: string, osUser: PostgresOsUser | undefined): Promise<string> {
  if (await canEnter(join(installDir, 'bin', 'pg_ctl'), osUser)) return installDir;
  const copy = join(SHARED_POSTGRES_ROOT, `postgresql-${version}`);
  if (!existsSync(copy)) {
    await openFolder(SHARED_POSTGRES_ROOT);
    const partial = `${copy}.partial-${process.pid}`;
    await cp(installDir, partial, { recursive: true, verbatimSymlinks: true });
    await runCommand('chmod', ['-R', 'a+rX', partial]);
    // Another process (npm start beside the tests) may have finished the same copy first: keep theirs.
    await rename(partial, copy).catch(async (error: unknown) => {
      await rm(partial, { recursive: true, force: true });
      if (!existsSync(copy)) throw error;
    });
  }
  if (!(await canEnter(join(copy, 'bin', 'pg_ctl'), osUser))) throw new PostgresUnreachableError(copy);
  return copy;
}

/**
 * The folder that holds (or will hold) the cluster of `dataDir`: `dataDir` itself when `osUser` can enter the
 * folder it is in, otherwise a folder under SHARED_POSTGRES_ROOT that `dataDir` is made a link to. Deleting the
 * state folder still gives a clean slate: a shared cluster whose link is gone is removed by `discardOrphan`.
 */
export async function clusterLocation(dataDir: string, osUser: PostgresOsUser | undefined): Promise<{ dir: string; orphan?: string }> {
  if (existsSync(dataDir)) {
    const dir = await realpath(dataDir);
    if (await canEnter(dir, osUser)) return { dir };
    if (existsSync(join(dir, 'PG_VERSION'))) throw new PostgresUnreachableError(dir);
    // An empty folder left by a start that could not work here before.
    await rm(dataDir, { recursive: true, force: true });
  }
  await mkdir(dirname(dataDir), { recursive: true });
  if (await canEnter(dirname(dataDir), osUser)) return { dir: dataDir };
  const shared = sharedClusterDir(dataDir);
  return { dir: shared, orphan: existsSync(shared) ? shared : undefined };
}

/** Makes `dataDir` a link to its shared cluster folder, created empty. */
export async function linkSharedCluster(dataDir: string, shared: string): Promise<void> {
  await openFolder(SHARED_POSTGRES_ROOT);
  await mkdir(shared);
  // A link left dangling (its cluster cleared away with /var/tmp) is replaced.
  await rm(dataDir, { force: true });
  await symlink(shared, dataDir);
}

/** Named after the absolute path asked for, so each state folder has its own and finds it again. */
function sharedClusterDir(dataDir: string): string {
  return join(SHARED_POSTGRES_ROOT, `cluster-${createHash('sha256').update(dataDir).digest('hex').slice(0, 16)}`);
}

async function openFolder(path: string): Promise<void> {
  await mkdir(path, { recursive: true });
  await chmod(path, 0o755);
}
