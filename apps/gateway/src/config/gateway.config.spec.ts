import { containerMisconfigurations, deployedEnvironments, undocumentedSettings } from '@waystation/testing';
import { gatewayConfigSchema } from './gateway.config';

describe('gateway configuration', () => {
  it('is documented in the README with the defaults it really uses', () => {
    expect(undocumentedSettings(gatewayConfigSchema)).toEqual([]);
  });

  it('starts on the embedded defaults with no variables set', () => {
    expect(() => gatewayConfigSchema.parse({})).not.toThrow();
  });

  it.each(deployedEnvironments('gateway'))('is fully configured for a container by $source', ({ env }) => {
    expect(containerMisconfigurations(gatewayConfigSchema, env)).toEqual([]);
  });
});
