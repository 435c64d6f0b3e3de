import { InvalidConfigError } from '@waystation/platform';
import { undocumentedSettings } from '@waystation/testing';
import { benchConfigSchema, loadBenchConfig } from './bench.config';

describe(loadBenchConfig.name, () => {
  it('is documented in the README with the defaults it really uses', () => {
    expect(undocumentedSettings(benchConfigSchema)).toEqual([]);
  });

  it('reads the sizes of each phase', () => {
    const sut = loadBenchConfig({ BENCH_COUNT: '50', BENCH_RATE: '20', BENCH_LATENCY_COUNT: '0', BENCH_DRAIN_COUNT: '10' });

    expect(sut).toEqual({ BENCH_COUNT: 50, BENCH_RATE: 20, BENCH_LATENCY_COUNT: 0, BENCH_DRAIN_COUNT: 10 });
  });

  it.each([
    ['BENCH_COUNT', '0'],
    ['BENCH_RATE', 'fast'],
    ['BENCH_DRAIN_COUNT', '-1'],
  ])('refuses %s=%s, naming it', (name, value) => {
    expect(() => loadBenchConfig({ [name]: value })).toThrow(InvalidConfigError);
    expect(() => loadBenchConfig({ [name]: value })).toThrow(name);
  });
});
