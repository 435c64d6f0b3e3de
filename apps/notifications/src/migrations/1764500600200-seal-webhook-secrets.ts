import { MigrationInterface, QueryRunner } from 'typeorm';
import type { WebhookSecretCipher } from '../webhooks/webhook-secret-cipher';

/**
 * The endpoints' signing secrets were kept as they were; from now on only sealed (WebhookSecretCipher, under
 * NOTIFICATIONS_WEBHOOK_SECRET_KEY). A class made for the service's key, since sealing needs it: the secrets
 * already there are sealed in the same transaction, so no row is ever left in the clear or half-moved.
 */
export function sealWebhookSecrets(cipher: WebhookSecretCipher) {
  return class SealWebhookSecrets1764500600200 implements MigrationInterface {
    name = 'SealWebhookSecrets1764500600200';

    async up(db: QueryRunner): Promise<void> {
      await db.query(`ALTER TABLE webhook_endpoints ADD COLUMN sealed_secret text`);
      const rows: { id: string; secret: string }[] = await db.query(`SELECT id, secret FROM webhook_endpoints FOR UPDATE`);
      for (const { id, secret } of rows)
        await db.query(`UPDATE webhook_endpoints SET sealed_secret = $2 WHERE id = $1`, [id, cipher.seal(secret)]);
      await db.query(`ALTER TABLE webhook_endpoints ALTER COLUMN sealed_secret SET NOT NULL, DROP COLUMN secret`);
    }

    async down(db: QueryRunner): Promise<void> {
      await db.query(`ALTER TABLE webhook_endpoints ADD COLUMN secret text`);
      const rows: { id: string; sealed_secret: string }[] = await db.query(`SELECT id, sealed_secret FROM webhook_endpoints FOR UPDATE`);
      for (const { id, sealed_secret } of rows)
        await db.query(`UPDATE webhook_endpoints SET secret = $2 WHERE id = $1`, [id, cipher.open(sealed_secret)]);
      await db.query(`ALTER TABLE webhook_endpoints ALTER COLUMN secret SET NOT NULL, DROP COLUMN sealed_secret`);
    }
  };
}
