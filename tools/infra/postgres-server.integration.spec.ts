import { readTestInfra } from '@waystation/testing';
import { randomUUID } from 'node:crypto';
import { cp, lstat, mkdtemp, readlink, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { startPostgres, stopPostgres } from './postgres';
import { postgresBinaries, postgresOsUser } from './postgres-binaries';
import { reachableInstallation, SHARED_POSTGRES_ROOT } from './postgres-placement';
import { runCommand } from './run-command';

const asRoot = process.getuid?.() === 0;
const whoAmI = asRoot ? 'root (the server runs as postgres)' : 'a non-root user (the server runs as that user)';

/** What `mktemp -d` and root's home give: a folder only its owner may enter. */
async function privateFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'waystation-private-'));
  expect((await stat(folder)).mode & 0o777).toBe(0o700);
  return folder;
}

async function query<T>(port: number, sql: string): Promise<T[]> {
  const client = new Client({ host: '127.0.0.1', port, user: 'postgres', password: 'postgres', database: 'postgres' });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe(startPostgres.name, () => {
  // Slots are ten ports apart: the one after the run's own server is this spec's.
  const port = readTestInfra().postgres.port + 1;
  const folders: string[] = [];

  afterAll(async () => {
    for (const folder of folders) {
      const dataDir = join(folder, 'clone', '.waystation', 'postgres');
      const sharedCluster = await readlink(dataDir).catch(() => undefined);
      await stopPostgres(dataDir).catch(() => undefined);
      await rm(folder, { recursive: true, force: true });
      if (sharedCluster) await rm(sharedCluster, { recursive: true, force: true });
    }
  });

  it(`starts, as ${whoAmI}, a cluster asked for inside a 0700 folder, and stops it`, async () => {
    const folder = await privateFolder();
    folders.push(folder);
    const dataDir = join(folder, 'clone', '.waystation', 'postgres');

    await startPostgres({ dataDir, port });

    const [{ data_directory }] = await query<{ data_directory: string }>(
      port,
      "SELECT current_setting('data_directory') AS data_directory",
    );
    if (asRoot) {
      expect((await lstat(dataDir)).isSymbolicLink()).toBe(true);
      expect(data_directory).toBe(await readlink(dataDir));
      expect(data_directory.startsWith(`${SHARED_POSTGRES_ROOT}/`)).toBe(true);
    } else {
      expect(data_directory).toBe(dataDir);
    }
    await stopPostgres(dataDir);
    await expect(query(port, 'SELECT 1')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('gives a clean slate when the state folder is deleted: the next start has a new, empty cluster', async () => {
    const folder = await privateFolder();
    folders.push(folder);
    const dataDir = join(folder, 'clone', '.waystation', 'postgres');
    await startPostgres({ dataDir, port });
    await query(port, 'CREATE TABLE left_behind (id int)');
    await stopPostgres(dataDir);
    await rm(join(folder, 'clone'), { recursive: true, force: true });

    await startPostgres({ dataDir, port });

    expect(await query(port, "SELECT 1 FROM pg_tables WHERE tablename = 'left_behind'")).toEqual([]);
    await stopPostgres(dataDir);
  });
});

describe(reachableInstallation.name, () => {
  it(`gives ${whoAmI} binaries it can run when the installation is inside a 0700 folder`, async () => {
    const folder = await privateFolder();
    const osUser = await postgresOsUser();
    const version = `spec-${randomUUID()}`;
    const installDir = join(folder, 'node_modules', 'native');
    // The installation of this checkout, as the current user sees it.
    const ownInstallation = dirname(dirname((await postgresBinaries(undefined)).pgCtl));
    await cp(ownInstallation, installDir, { recursive: true, verbatimSymlinks: true });
    try {
      const sut = await reachableInstallation(installDir, version, osUser);

      const { exitCode, output } = await runCommand(join(sut, 'bin', 'pg_ctl'), ['--version'], osUser);
      expect({ exitCode, output }).toEqual({ exitCode: 0, output: expect.stringMatching(/pg_ctl \(PostgreSQL\)/) });
      expect(sut === installDir).toBe(!asRoot);
    } finally {
      await rm(folder, { recursive: true, force: true });
      await rm(join(SHARED_POSTGRES_ROOT, `postgresql-${version}`), { recursive: true, force: true });
    }
  });
});
