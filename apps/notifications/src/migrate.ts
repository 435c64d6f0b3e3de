import { messagingMigrations } from '@waystation/messaging';
import { databaseConnectionOptions, loadConfig, runMigrations } from '@waystation/platform';
import { notificationsConfigSchema } from './config/notifications.config';
import { notificationsMigrations } from './migrations';

/** `npx nx migrate notifications`: applies the notifications database's pending migrations and exits. */
async function main(): Promise<void> {
  const config = loadConfig(notificationsConfigSchema);
  const applied = await runMigrations({
    ...databaseConnectionOptions(config.NOTIFICATIONS_DATABASE_URL, config),
    migrations: [...messagingMigrations, ...notificationsMigrations(config)],
  });
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'nothing to apply');
}

void main();
