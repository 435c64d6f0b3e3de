import { DataSource, MigrationExecutor } from 'typeorm';
import { type DatabaseOptions, postgresDataSourceOptions } from './postgres-data-source-options';

/** One key for every service: each database has its own advisory locks, so services never wait for each other. */
const MIGRATIONS_LOCK = 'waystation:migrations';

/**
 * Applies the pending migrations while holding a session advisory lock, so replicas that start at once take
 * turns: the first applies them, the others then find nothing left to do. The lock is the server's, so a
 * replica that dies while migrating releases it with its connection. Returns the names of those applied here.
 */
export async function runPendingMigrations(dataSource: DataSource): Promise<string[]> {
  const session = dataSource.createQueryRunner();
  await session.connect();
  try {
    // Waiting for another replica's migrations is expected, however long they take; so is a migration running
    // longer than an ordinary statement may. lock_timeout still bounds each migration's own lock waits.
    await session.query('SET statement_timeout = 0');
    await session.query('SET lock_timeout = 0');
    await session.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [MIGRATIONS_LOCK]);
    await session.query('RESET lock_timeout');
    try {
      const executor = new MigrationExecutor(dataSource, session);
      executor.transaction = 'each';
      return (await executor.executePendingMigrations()).map((migration) => migration.name);
    } finally {
      await session.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [MIGRATIONS_LOCK]);
    }
  } finally {
    await session.query('RESET ALL').catch(() => undefined);
    await session.release();
  }
}

/** Applies pending migrations outside the app (the `nx migrate <service>` target); services also do it at start. */
export async function runMigrations(options: DatabaseOptions): Promise<string[]> {
  const dataSource = await new DataSource(postgresDataSourceOptions(options)).initialize();
  try {
    return await runPendingMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
