import { messagingMigrations } from '@waystation/messaging';
import { databaseConnectionOptions, loadConfig, runMigrations } from '@waystation/platform';
import { pointsConfigSchema } from './config/points.config';
import { pointsMigrations } from './migrations';

/** `npx nx migrate points`: applies the points database's pending migrations and exits. */
async function main(): Promise<void> {
  const config = loadConfig(pointsConfigSchema);
  const applied = await runMigrations({
    ...databaseConnectionOptions(config.POINTS_DATABASE_URL, config),
    migrations: [...messagingMigrations, ...pointsMigrations],
  });
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'nothing to apply');
}

void main();
