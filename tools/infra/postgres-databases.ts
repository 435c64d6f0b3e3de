import { Client } from 'pg';
import type { PostgresConnection } from './postgres-connection';

/** Lower-case SQL identifiers only: CREATE DATABASE takes no bind parameters, so names go into the SQL text. */
const DATABASE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const DUPLICATE_DATABASE = '42P04';

/** Creates each database that does not exist yet; safe to call again, and concurrently. */
export async function ensureDatabases(connection: PostgresConnection, names: readonly string[]): Promise<void> {
  const invalid = names.filter((name) => !DATABASE_NAME.test(name));
  if (invalid.length > 0) {
    throw new Error(`Invalid database names (expected ${DATABASE_NAME}): ${invalid.join(', ')}`);
  }
  const client = new Client({ ...connection, database: 'postgres' });
  await client.connect();
  try {
    for (const name of names) {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (rowCount === 0) {
        await createDatabase(client, name);
      }
    }
  } finally {
    await client.end();
  }
}

async function createDatabase(client: Client, name: string): Promise<void> {
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } catch (error) {
    // Another process created it between our check and our CREATE.
    if ((error as { code?: string }).code !== DUPLICATE_DATABASE) {
      throw error;
    }
  }
}
