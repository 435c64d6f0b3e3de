import { databaseUrl, readTestInfra } from '@waystation/testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { ensureDatabases } from './postgres-databases';

describe(ensureDatabases.name, () => {
  const { postgres } = readTestInfra();

  async function databaseExists(name: string): Promise<boolean> {
    const client = new Client({ ...postgres, database: 'postgres' });
    await client.connect();
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      return rowCount === 1;
    } finally {
      await client.end();
    }
  }

  it('creates a missing database that can then be connected to', async () => {
    const name = `spec_${randomUUID().replaceAll('-', '_')}`;

    await ensureDatabases(postgres, [name]);

    const client = new Client({ connectionString: databaseUrl(name) });
    await client.connect();
    const { rows } = await client.query<{ current_database: string }>('SELECT current_database()');
    await client.end();
    expect(rows[0].current_database).toBe(name);
  });

  it('is idempotent: databases that exist already, created by the setup or just now, are kept', async () => {
    const name = `spec_${randomUUID().replaceAll('-', '_')}`;
    await ensureDatabases(postgres, [name]);

    await ensureDatabases(postgres, ['reports', name, name]);
    await Promise.all([ensureDatabases(postgres, [name]), ensureDatabases(postgres, [name])]);

    expect(await databaseExists('reports')).toBe(true);
    expect(await databaseExists(name)).toBe(true);
  });

  it('rejects a name that is not a plain identifier, before touching the server', async () => {
    await expect(ensureDatabases(postgres, ['reports"; DROP DATABASE "points'])).rejects.toThrow(/Invalid database names/);
    expect(await databaseExists('points')).toBe(true);
  });
});
