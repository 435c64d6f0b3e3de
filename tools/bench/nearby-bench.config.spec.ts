import { InvalidConfigError } from '@waystation/platform';
import { undocumentedSettings } from '@waystation/testing';
import { loadNearbyBenchConfig, nearbyBenchConfigSchema } from './nearby-bench.config';

describe(loadNearbyBenchConfig.name, () => {
  it('is documented in the README with the defaults it really uses', () => {
    expect(undocumentedSettings(nearbyBenchConfigSchema)).toEqual([]);
  });

  it('loads 200,000 stations and measures each route for 20 seconds by default', () => {
    expect(loadNearbyBenchConfig({})).toEqual({ BENCH_NEARBY_STATIONS: 200_000, BENCH_NEARBY_SECONDS: 20 });
  });

  it.each([
    ['BENCH_NEARBY_STATIONS', '10'],
    ['BENCH_NEARBY_SECONDS', 'forever'],
  ])('refuses %s=%s, naming it', (name, value) => {
    expect(() => loadNearbyBenchConfig({ [name]: value })).toThrow(InvalidConfigError);
    expect(() => loadNearbyBenchConfig({ [name]: value })).toThrow(name);
  });
});
