import { loadConfig } from '@waystation/platform';
import { containerMisconfigurations, deployedEnvironments, undocumentedSettings } from '@waystation/testing';
import { stationsConfigSchema } from './stations.config';

describe('stations configuration', () => {
  it('is documented in the README with the defaults it really uses', () => {
    expect(undocumentedSettings(stationsConfigSchema)).toEqual([]);
  });

  it('starts on the embedded defaults with no variables set', () => {
    expect(() => stationsConfigSchema.parse({})).not.toThrow();
  });

  it.each(deployedEnvironments('stations'))('is fully configured for a container by $source', ({ env }) => {
    expect(containerMisconfigurations(stationsConfigSchema, env)).toEqual([]);
  });

  it('refuses the development STATIONS_CHECK_IN_SECRET when NODE_ENV=production, naming the variable', () => {
    expect(() => loadConfig(stationsConfigSchema, { NODE_ENV: 'production' })).toThrow(/STATIONS_CHECK_IN_SECRET/);
    expect(() =>
      loadConfig(stationsConfigSchema, { NODE_ENV: 'production', STATIONS_CHECK_IN_SECRET: 'a-check-in-secret-of-this-deployment-only' }),
    ).not.toThrow();
  });
});
