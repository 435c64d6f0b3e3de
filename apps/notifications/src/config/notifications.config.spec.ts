import { loadConfig } from '@waystation/platform';
import { containerMisconfigurations, deployedEnvironments, undocumentedSettings } from '@waystation/testing';
import { notificationsConfigSchema } from './notifications.config';

describe('notifications configuration', () => {
  it('is documented in the README with the defaults it really uses', () => {
    expect(undocumentedSettings(notificationsConfigSchema)).toEqual([]);
  });

  it('starts on the embedded defaults with no variables set', () => {
    expect(() => notificationsConfigSchema.parse({})).not.toThrow();
  });

  it.each(deployedEnvironments('notifications'))('is fully configured for a container by $source', ({ env }) => {
    expect(containerMisconfigurations(notificationsConfigSchema, env)).toEqual([]);
  });

  it('refuses the development NOTIFICATIONS_WEBHOOK_SECRET_KEY when NODE_ENV=production, naming the variable', () => {
    expect(() => loadConfig(notificationsConfigSchema, { NODE_ENV: 'production' })).toThrow(/NOTIFICATIONS_WEBHOOK_SECRET_KEY/);
    expect(() =>
      loadConfig(notificationsConfigSchema, {
        NODE_ENV: 'production',
        NOTIFICATIONS_WEBHOOK_SECRET_KEY: 'a-sealing-key-of-this-deployment-only-000',
      }),
    ).not.toThrow();
  });
});
