import { containerMisconfigurations, deployedEnvironments, undocumentedSettings } from '@waystation/testing';
import { reportsConfigSchema } from './reports.config';

describe('reports configuration', () => {
  it('is documented in the README with the defaults it really uses', () => {
    expect(undocumentedSettings(reportsConfigSchema)).toEqual([]);
  });

  it('starts on the embedded defaults with no variables set', () => {
    expect(() => reportsConfigSchema.parse({})).not.toThrow();
  });

  it.each(deployedEnvironments('reports'))('is fully configured for a container by $source', ({ env }) => {
    expect(containerMisconfigurations(reportsConfigSchema, env)).toEqual([]);
  });
});
