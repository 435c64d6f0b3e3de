import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConnectionOptions } from './database-connection-options';
import { postgresClientConfig } from './postgres-client-config';

const POOL_SIZE = 20;

export interface DatabaseOptions extends DatabaseConnectionOptions {
  /** Migration classes in the order they run: the messaging tables first, then the service's own. */
  migrations: DataSourceOptions['migrations'];
}

/**
 * A service's TypeORM data source. Migrations are not run by TypeORM on initialise (`migrationsRun`) but by
 * runPendingMigrations, under a lock, so that replicas starting together do not race.
 */
export function postgresDataSourceOptions({ migrations, ...connection }: DatabaseOptions) {
  return {
    type: 'postgres',
    url: connection.url,
    migrations,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { ...postgresClientConfig(connection), max: POOL_SIZE },
  } satisfies DataSourceOptions;
}
