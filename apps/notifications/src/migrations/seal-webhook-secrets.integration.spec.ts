import { messagingMigrations } from '@waystation/messaging';
import { databaseConnectionOptions, runMigrations } from '@waystation/platform';
import { createScratchDatabase, databaseUrl, queryDatabase } from '@waystation/testing';
import { v7 as uuidv7 } from 'uuid';
import { notificationsConfigSchema } from '../config/notifications.config';
import { WebhookSecretCipher } from '../webhooks/webhook-secret-cipher';
import { notificationsMigrations } from '.';

describe('the migration sealing webhook secrets', () => {
  const config = notificationsConfigSchema.parse({ NOTIFICATIONS_WEBHOOK_SECRET_KEY: 'the-seal-migration-spec-key-of-32-characters' });
  const migrate = (database: string, migrations: ReturnType<typeof notificationsMigrations>) =>
    runMigrations({ ...databaseConnectionOptions(databaseUrl(database), config), migrations: [...messagingMigrations, ...migrations] });

  it('seals the secrets of endpoints registered before it, leaving none in the clear', async () => {
    const database = await createScratchDatabase('notifications_seal');
    const everyMigration = notificationsMigrations(config);
    await migrate(database, everyMigration.slice(0, -1));
    const [id, secret] = [uuidv7(), 'whsec_registered-before-sealing-0123456789'];
    await queryDatabase(
      database,
      `INSERT INTO webhook_endpoints (id, department_code, url, event_types, active, secret, secret_rotated_at, created_by, created_at, updated_at)
       VALUES ($1, 'sanitation', 'https://hooks.example.city/in', '{report.dispatched}', true, $2, now(), 'admin', now(), now())`,
      [id, secret],
    );

    expect(await migrate(database, everyMigration)).toEqual(['SealWebhookSecrets1764500600200']);
    const [row] = await queryDatabase<{ sealed_secret: string }>(database, `SELECT * FROM webhook_endpoints WHERE id = $1`, [id]);
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(new WebhookSecretCipher(config.NOTIFICATIONS_WEBHOOK_SECRET_KEY).open(row.sealed_secret)).toBe(secret);
  });
});
