import { databaseConnectionOptions, loadConfig, postgresDataSourceOptions } from '@waystation/platform';
import { DataSource } from 'typeorm';
import { gatewayConfigSchema } from './config/gateway.config';
import { IdentitySettings } from './identity/identity-settings';
import { SigningKeyRecord } from './identity/keys/signing-key.entity';
import { rotateSigningKey } from './identity/keys/signing-key-rotation';

/**
 * `npm run identity:rotate-key`: a new key signs access tokens from now on; the old one keeps verifying until its
 * tokens have expired, so nobody is signed out. Running replicas start signing with it within a minute.
 */
async function main(): Promise<void> {
  const config = loadConfig(gatewayConfigSchema);
  const options = postgresDataSourceOptions({ ...databaseConnectionOptions(config.GATEWAY_DATABASE_URL, config), migrations: [] });
  const dataSource = await new DataSource({ ...options, entities: [SigningKeyRecord] }).initialize();
  try {
    const kid = await rotateSigningKey(dataSource, 'always', new IdentitySettings(config).verificationWindowSeconds);
    console.log(`signing key ${kid} signs from now on`);
  } finally {
    await dataSource.destroy();
  }
}

void main();
