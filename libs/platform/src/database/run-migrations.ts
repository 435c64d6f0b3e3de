import { DataSource, DataSourceOptions } from 'typeorm';

/** Applies pending migrations outside the app (the `nx migrate <service>` target); services also do it at start. */
export async function runMigrations(url: string, migrations: DataSourceOptions['migrations']): Promise<string[]> {
  const dataSource = new DataSource({ type: 'postgres', url, migrations, migrationsTransactionMode: 'each' });
  await dataSource.initialize();
  try {
    return (await dataSource.runMigrations()).map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
