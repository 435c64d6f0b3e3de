import { loadConfig } from '@waystation/platform';
import { containerMisconfigurations, deployedEnvironments, undocumentedSettings } from '@waystation/testing';
import { gatewayConfigSchema } from './gateway.config';

describe('gateway configuration', () => {
  it('is documented in the README with the defaults it really uses', () => {
    expect(undocumentedSettings(gatewayConfigSchema)).toEqual([]);
  });

  it('starts on the embedded defaults with no variables set', () => {
    expect(() => gatewayConfigSchema.parse({})).not.toThrow();
  });

  it.each(['http://reports:3102/internal', 'http://reports:3102/?debug=1', 'ftp://reports:3102'])(
    'refuses %s as a service URL, naming the variable',
    (url) => {
      expect(() => loadConfig(gatewayConfigSchema, { REPORTS_SERVICE_URL: url })).toThrow(/REPORTS_SERVICE_URL/);
    },
  );

  it('accepts a service URL with a trailing slash', () => {
    expect(loadConfig(gatewayConfigSchema, { REPORTS_SERVICE_URL: 'http://reports:3102/' }).REPORTS_SERVICE_URL).toBe(
      'http://reports:3102/',
    );
  });

  it('reads CORS origins as a comma-separated list, none by default', () => {
    expect(gatewayConfigSchema.parse({}).GATEWAY_CORS_ORIGINS).toEqual([]);
    expect(
      loadConfig(gatewayConfigSchema, { GATEWAY_CORS_ORIGINS: 'https://app.example.city, http://127.0.0.1:5173' }).GATEWAY_CORS_ORIGINS,
    ).toEqual(['https://app.example.city', 'http://127.0.0.1:5173']);
  });

  it.each(['https://app.example.city/', 'https://app.example.city/console', '*', 'file:///tmp'])(
    'refuses %s as a CORS origin, naming the variable',
    (origin) => {
      expect(() => loadConfig(gatewayConfigSchema, { GATEWAY_CORS_ORIGINS: origin })).toThrow(/GATEWAY_CORS_ORIGINS/);
    },
  );

  it('refuses a management port equal to the public port, naming the variable', () => {
    expect(() => loadConfig(gatewayConfigSchema, { GATEWAY_HTTP_PORT: '8080', GATEWAY_MANAGEMENT_PORT: '8080' })).toThrow(
      /GATEWAY_MANAGEMENT_PORT/,
    );
  });

  it.each(deployedEnvironments('gateway'))('is fully configured for a container by $source', ({ env }) => {
    expect(containerMisconfigurations(gatewayConfigSchema, env)).toEqual([]);
  });
});
