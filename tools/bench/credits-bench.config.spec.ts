import { InvalidConfigError } from '@waystation/platform';
import { undocumentedSettings } from '@waystation/testing';
import { creditsBenchConfigSchema, loadCreditsBenchConfig } from './credits-bench.config';

describe(loadCreditsBenchConfig.name, () => {
  it('is documented in the README with the defaults it really uses', () => {
    expect(undocumentedSettings(creditsBenchConfigSchema)).toEqual([]);
  });

  it('reads the backlog size and how many workers it is spread over', () => {
    expect(loadCreditsBenchConfig({ BENCH_CREDITS_COUNT: '500', BENCH_CREDITS_WORKERS: '50' })).toEqual({
      BENCH_CREDITS_COUNT: 500,
      BENCH_CREDITS_WORKERS: 50,
    });
  });

  it('refuses a backlog of one report, naming the setting', () => {
    expect(() => loadCreditsBenchConfig({ BENCH_CREDITS_COUNT: '1' })).toThrow(InvalidConfigError);
    expect(() => loadCreditsBenchConfig({ BENCH_CREDITS_COUNT: '1' })).toThrow(/BENCH_CREDITS_COUNT/);
  });
});
