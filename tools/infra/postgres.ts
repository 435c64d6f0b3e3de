import { existsSync } from 'node:fs';
import { chown, mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { tailOfLog } from './log-tail';
import { type PostgresBinaries, postgresBinaries, postgresOsUser, type PostgresOsUser } from './postgres-binaries';
import type { PostgresConnection } from './postgres-connection';
import { clusterLocation, linkSharedCluster } from './postgres-placement';
import { CommandFailedError, runCommand, runCommandOrThrow } from './run-command';

export interface PostgresOptions {
  dataDir: string;
  port: number;
}

const SUPERUSER = 'postgres';
const SUPERUSER_PASSWORD = 'postgres';
const START_TIMEOUT_SECONDS = 60;
/** pg_ctl status: 0 = running, 3 = not running, 4 = no data directory. */
const PG_CTL_RUNNING = 0;

/**
 * Starts PostgreSQL on 127.0.0.1:`port` with its cluster in `dataDir` (created on first use), or reuses the
 * server already running there. Run as root, the server runs as the `postgres` user; when that user cannot
 * enter the folder `dataDir` is in (a 0700 home or temporary folder), the cluster lives under
 * SHARED_POSTGRES_ROOT and `dataDir` is a link to it. The server is a daemon: it keeps running after this process exits, until
 * stopPostgres(dataDir) is called from any process.
 */
export async function startPostgres(options: PostgresOptions): Promise<PostgresConnection> {
  const dataDir = resolve(options.dataDir);
  const osUser = await postgresOsUser();
  const binaries = await postgresBinaries(osUser);
  const cluster = await clusterLocation(dataDir, osUser);
  if (cluster.orphan) {
    await stopServer(binaries, cluster.orphan, osUser);
    await rm(cluster.orphan, { recursive: true, force: true });
  }
  if (cluster.dir !== dataDir && !existsSync(dataDir)) await linkSharedCluster(dataDir, cluster.dir);
  if (!existsSync(join(cluster.dir, 'PG_VERSION'))) {
    await initialiseCluster(binaries, cluster.dir, osUser);
  }
  if (!(await isRunning(binaries, cluster.dir, osUser))) {
    await startServer(binaries, cluster.dir, options.port, osUser);
  }
  return { host: '127.0.0.1', port: options.port, user: SUPERUSER, password: SUPERUSER_PASSWORD };
}

/** Stops the server of `dataDir` (fast shutdown: open sessions are disconnected); does nothing if none runs. */
export async function stopPostgres(dataDir: string): Promise<void> {
  const absoluteDataDir = resolve(dataDir);
  if (!existsSync(absoluteDataDir)) return;
  const osUser = await postgresOsUser();
  await stopServer(await postgresBinaries(osUser), await realpath(absoluteDataDir), osUser);
}

async function stopServer(binaries: PostgresBinaries, clusterDir: string, osUser: PostgresOsUser | undefined): Promise<void> {
  if (await isRunning(binaries, clusterDir, osUser)) {
    await runCommandOrThrow(binaries.pgCtl, ['stop', '-D', clusterDir, '-m', 'fast', '-w'], osUser);
  }
}

async function initialiseCluster(binaries: PostgresBinaries, dataDir: string, osUser: PostgresOsUser | undefined): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const passwordDir = await mkdtemp(join(tmpdir(), 'waystation-pg-'));
  const passwordFile = join(passwordDir, 'password');
  try {
    await writeFile(passwordFile, `${SUPERUSER_PASSWORD}\n`, { mode: 0o600 });
    if (osUser) {
      await Promise.all([dataDir, passwordDir, passwordFile].map((path) => chown(path, osUser.uid, osUser.gid)));
    }
    await runCommandOrThrow(
      binaries.initdb,
      [
        `--pgdata=${dataDir}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
      ],
      osUser,
    );
  } finally {
    await rm(passwordDir, { recursive: true, force: true });
  }
}

async function startServer(binaries: PostgresBinaries, dataDir: string, port: number, osUser: PostgresOsUser | undefined): Promise<void> {
  const logFile = join(dataDir, 'postgres.log');
  // TCP on loopback only; no Unix socket, whose default directory may not exist or be writable here.
  const serverOptions = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`;
  try {
    await runCommandOrThrow(
      binaries.pgCtl,
      ['start', '-D', dataDir, '-l', logFile, '-o', serverOptions, '-w', '-t', String(START_TIMEOUT_SECONDS)],
      osUser,
    );
  } catch (error) {
    if (error instanceof CommandFailedError) {
      throw new Error(`PostgreSQL did not start on port ${port}.\n${error.message}\n${await tailOfLog(logFile)}`);
    }
    throw error;
  }
}

async function isRunning(binaries: PostgresBinaries, dataDir: string, osUser: PostgresOsUser | undefined): Promise<boolean> {
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    return false;
  }
  const { exitCode } = await runCommand(binaries.pgCtl, ['status', '-D', dataDir], osUser);
  return exitCode === PG_CTL_RUNNING;
}
