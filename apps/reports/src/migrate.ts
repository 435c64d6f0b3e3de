import { messagingMigrations } from '@waystation/messaging';
import { databaseConnectionOptions, loadConfig, runMigrations } from '@waystation/platform';
import { reportsConfigSchema } from './config/reports.config';
import { reportsMigrations } from './migrations';

/** `npx nx migrate reports`: applies the reports database's pending migrations and exits. */
async function main(): Promise<void> {
  const config = loadConfig(reportsConfigSchema);
  const applied = await runMigrations({
    ...databaseConnectionOptions(config.REPORTS_DATABASE_URL, config),
    migrations: [...messagingMigrations, ...reportsMigrations],
  });
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'nothing to apply');
}

void main();
