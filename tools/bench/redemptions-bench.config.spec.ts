import { InvalidConfigError } from '@waystation/platform';
import { undocumentedSettings } from '@waystation/testing';
import { loadRedemptionsBenchConfig, redemptionsBenchConfigSchema } from './redemptions-bench.config';

describe(loadRedemptionsBenchConfig.name, () => {
  it('is documented in the README with the defaults it really uses', () => {
    expect(undocumentedSettings(redemptionsBenchConfigSchema)).toEqual([]);
  });

  it('measures 32 workers for 15 seconds a side by default', () => {
    expect(loadRedemptionsBenchConfig({})).toEqual({ BENCH_REDEMPTION_SECONDS: 15, BENCH_REDEMPTION_WORKERS: 32 });
  });

  it.each([
    ['BENCH_REDEMPTION_SECONDS', '0'],
    ['BENCH_REDEMPTION_WORKERS', '201'],
  ])('refuses %s=%s, naming it', (name, value) => {
    expect(() => loadRedemptionsBenchConfig({ [name]: value })).toThrow(InvalidConfigError);
    expect(() => loadRedemptionsBenchConfig({ [name]: value })).toThrow(name);
  });
});
