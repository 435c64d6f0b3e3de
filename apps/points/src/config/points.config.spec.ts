import { containerMisconfigurations, deployedEnvironments, undocumentedSettings } from '@waystation/testing';
import { pointsConfigSchema } from './points.config';

describe('points configuration', () => {
  it('is documented in the README with the defaults it really uses', () => {
    expect(undocumentedSettings(pointsConfigSchema)).toEqual([]);
  });

  it('starts on the embedded defaults with no variables set', () => {
    expect(() => pointsConfigSchema.parse({})).not.toThrow();
  });

  it.each(deployedEnvironments('points'))('is fully configured for a container by $source', ({ env }) => {
    expect(containerMisconfigurations(pointsConfigSchema, env)).toEqual([]);
  });
});
