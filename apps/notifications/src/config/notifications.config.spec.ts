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
});
