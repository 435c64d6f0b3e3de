import { messagingMigrations } from '@waystation/messaging';
import { databaseConnectionOptions, loadConfig, runMigrations } from '@waystation/platform';
import { stationsConfigSchema } from './config/stations.config';
import { stationsMigrations } from './migrations';

/** `npx nx migrate stations`: applies the stations database's pending migrations and exits. */
async function main(): Promise<void> {
  const config = loadConfig(stationsConfigSchema);
  const applied = await runMigrations({
    ...databaseConnectionOptions(config.STATIONS_DATABASE_URL, config),
    migrations: [...messagingMigrations, ...stationsMigrations],
  });
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'nothing to apply');
}

void main();
