import { InvalidConfigError } from '@waystation/platform';
import { undocumentedSettings } from '@waystation/testing';
import { gatewayOverheadBenchConfigSchema, loadGatewayOverheadBenchConfig } from './gateway-overhead-bench.config';

describe(loadGatewayOverheadBenchConfig.name, () => {
  it('is documented in the README with the default it really uses', () => {
    expect(undocumentedSettings(gatewayOverheadBenchConfigSchema)).toEqual([]);
  });

  it('measures each side for 15 seconds by default', () => {
    expect(loadGatewayOverheadBenchConfig({})).toEqual({ BENCH_GATEWAY_SECONDS: 15 });
  });

  it.each(['0', '601', 'forever'])('refuses BENCH_GATEWAY_SECONDS=%s, naming it', (value) => {
    expect(() => loadGatewayOverheadBenchConfig({ BENCH_GATEWAY_SECONDS: value })).toThrow(InvalidConfigError);
    expect(() => loadGatewayOverheadBenchConfig({ BENCH_GATEWAY_SECONDS: value })).toThrow('BENCH_GATEWAY_SECONDS');
  });
});
