import { loadSystemConfig } from './system.config';

describe(loadSystemConfig.name, () => {
  it('passes no extra options to the apps by default', () => {
    expect(loadSystemConfig({}).WAYSTATION_NODE_ARGS).toEqual([]);
  });

  it('splits WAYSTATION_NODE_ARGS into node options, ignoring repeated spaces', () => {
    const sut = loadSystemConfig({ WAYSTATION_NODE_ARGS: '--cpu-prof  --cpu-prof-dir=/tmp/profiles' });

    expect(sut.WAYSTATION_NODE_ARGS).toEqual(['--cpu-prof', '--cpu-prof-dir=/tmp/profiles']);
  });
});
