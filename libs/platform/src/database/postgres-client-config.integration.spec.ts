import { databaseUrl } from '@waystation/testing';
import { once } from 'node:events';
import { AddressInfo, createServer, Server, Socket } from 'node:net';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { databaseEnvSchema } from '../config/env-fields';
import { databaseConnectionOptions } from './database-connection-options';
import { postgresClientConfig } from './postgres-client-config';
import { postgresDataSourceOptions } from './postgres-data-source-options';

const CONNECT_TIMEOUT_MS = 500;
const STATEMENT_TIMEOUT_MS = 300;
const QUERY_CANCELED = '57014';

/** A TCP port that accepts connections and then never says a word: a PostgreSQL that hangs. */
async function silentServer(): Promise<{ server: Server; url: string; sockets: Socket[] }> {
  const sockets: Socket[] = [];
  const server = createServer((socket) => sockets.push(socket));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { server, sockets, url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres` };
}

function optionsFor(url: string) {
  return databaseConnectionOptions(
    url,
    databaseEnvSchema.parse({ DATABASE_CONNECT_TIMEOUT_MS: CONNECT_TIMEOUT_MS, DATABASE_STATEMENT_TIMEOUT_MS: STATEMENT_TIMEOUT_MS }),
  );
}

async function elapsedMs(action: () => Promise<unknown>): Promise<{ ms: number; error: unknown }> {
  const started = performance.now();
  const error = await action().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  return { ms: performance.now() - started, error };
}

describe(postgresClientConfig.name, () => {
  let silent: Awaited<ReturnType<typeof silentServer>>;

  beforeAll(async () => {
    silent = await silentServer();
  });

  afterAll(async () => {
    for (const socket of silent.sockets) socket.destroy();
    silent.server.close();
    await once(silent.server, 'close');
  });

  it('makes a raw pg.Client give up connecting to a server that never answers, within the connect timeout', async () => {
    const sut = new Client(postgresClientConfig(optionsFor(silent.url)));

    const { ms, error } = await elapsedMs(() => sut.connect());

    expect((error as Error).message).toMatch(/timeout/i);
    expect(ms).toBeLessThan(CONNECT_TIMEOUT_MS * 4);
    console.log(`pg.Client connect to a silent server failed after ${Math.round(ms)} ms (timeout ${CONNECT_TIMEOUT_MS} ms)`);
  });

  it('makes the TypeORM data source fail to initialise against a server that never answers, within the connect timeout', async () => {
    const sut = new DataSource(postgresDataSourceOptions({ ...optionsFor(silent.url), migrations: [] }));

    const { ms, error } = await elapsedMs(() => sut.initialize());

    expect((error as Error).message).toMatch(/timeout/i);
    expect(ms).toBeLessThan(CONNECT_TIMEOUT_MS * 4);
  });

  it('has the server cancel a statement that runs longer than the statement timeout (57014)', async () => {
    const sut = new Client(postgresClientConfig(optionsFor(databaseUrl('postgres'))));
    await sut.connect();
    try {
      const { ms, error } = await elapsedMs(() => sut.query('SELECT pg_sleep(30)'));

      expect((error as { code?: string }).code).toBe(QUERY_CANCELED);
      expect(ms).toBeLessThan(10_000);
      const { rows } = await sut.query<{ statement_timeout: string; tcp_keepalives_idle: string }>(
        "SELECT current_setting('statement_timeout') AS statement_timeout, current_setting('tcp_keepalives_idle') AS tcp_keepalives_idle",
      );
      expect(rows[0]).toEqual({ statement_timeout: `${STATEMENT_TIMEOUT_MS}ms`, tcp_keepalives_idle: '10' });
    } finally {
      await sut.end();
    }
  });

  it('gives the TypeORM pool the same statement timeout', async () => {
    const sut = new DataSource(postgresDataSourceOptions({ ...optionsFor(databaseUrl('postgres')), migrations: [] }));
    await sut.initialize();
    try {
      const error = await sut.query('SELECT pg_sleep(30)').then(
        () => undefined,
        (caught: unknown) => caught,
      );

      expect((error as { driverError?: { code?: string } }).driverError?.code).toBe(QUERY_CANCELED);
    } finally {
      await sut.destroy();
    }
  });
});
