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

  it('refuses the development bootstrap admin password when NODE_ENV=production, naming the variable', () => {
    expect(() => loadConfig(gatewayConfigSchema, { NODE_ENV: 'production' })).toThrow(/GATEWAY_BOOTSTRAP_ADMIN_PASSWORD/);
    expect(() =>
      loadConfig(gatewayConfigSchema, { NODE_ENV: 'production', GATEWAY_BOOTSTRAP_ADMIN_PASSWORD: 'a-password-of-its-own' }),
    ).not.toThrow();
  });

  it('requires the client id with an OIDC issuer', () => {
    expect(() => loadConfig(gatewayConfigSchema, { GATEWAY_OIDC_ISSUER: 'https://id.city.example' })).toThrow(/GATEWAY_OIDC_CLIENT_ID/);
  });

  it.each(['not json', '{"city-staff": "worker"}', '["admin"]'])('refuses %s as the OIDC role map, naming the variable', (roleMap) => {
    expect(() => loadConfig(gatewayConfigSchema, { GATEWAY_OIDC_ROLE_MAP: roleMap })).toThrow(/GATEWAY_OIDC_ROLE_MAP/);
  });

  it('reads the OIDC role map as JSON', () => {
    expect(loadConfig(gatewayConfigSchema, { GATEWAY_OIDC_ROLE_MAP: '{"city-grid": "community-staff"}' }).GATEWAY_OIDC_ROLE_MAP).toEqual({
      'city-grid': 'community-staff',
    });
  });

  it.each(['GATEWAY_SMS_HTTP_URL', 'GATEWAY_SMS_HTTP_KEY'])('refuses the http SMS provider without %s, naming it', (variable) => {
    const env: Record<string, string> = {
      GATEWAY_SMS_PROVIDER: 'http',
      GATEWAY_SMS_HTTP_URL: 'https://sms.example.cn/send',
      GATEWAY_SMS_HTTP_KEY: 'key',
    };
    delete env[variable];

    expect(() => loadConfig(gatewayConfigSchema, env)).toThrow(new RegExp(variable));
  });

  it('refuses a one-time code secret shorter than 32 characters, naming it', () => {
    expect(() => loadConfig(gatewayConfigSchema, { GATEWAY_OTP_SECRET: 'short' })).toThrow(/GATEWAY_OTP_SECRET/);
  });

  it.each(deployedEnvironments('gateway'))('is fully configured for a container by $source', ({ env }) => {
    expect(containerMisconfigurations(gatewayConfigSchema, env)).toEqual([]);
  });
});
