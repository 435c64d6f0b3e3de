import { InvalidConfigError } from '@waystation/platform';
import { loadStartConfig } from './start.config';

describe(loadStartConfig.name, () => {
  it('starts every server here when nothing points elsewhere', () => {
    const sut = loadStartConfig({});

    expect(sut).toEqual({ external: { postgres: undefined, kafka: undefined }, logLevel: 'info' });
  });

  it('uses the PostgreSQL server POSTGRES_URL names, credentials decoded', () => {
    const sut = loadStartConfig({ POSTGRES_URL: 'postgres://ops:p%40ss@db.internal:6432/postgres' });

    expect(sut.external.postgres).toEqual({ host: 'db.internal', port: 6432, user: 'ops', password: 'p@ss' });
  });

  it('uses the brokers KAFKA_BROKERS names, as the tools principal', () => {
    const sut = loadStartConfig({ KAFKA_BROKERS: 'kafka-1:9092, kafka-2:9092' });

    expect(sut.external.kafka).toEqual({
      brokers: ['kafka-1:9092', 'kafka-2:9092'],
      sasl: { username: 'admin', password: 'admin-dev-password' },
    });
  });

  it.each([
    ['POSTGRES_URL', 'mysql://db/postgres'],
    ['KAFKA_BROKERS', 'no-port'],
    ['LOG_LEVEL', 'loud'],
  ])('refuses a bad %s, naming it', (name, value) => {
    expect(() => loadStartConfig({ [name]: value })).toThrow(InvalidConfigError);
    expect(() => loadStartConfig({ [name]: value })).toThrow(name);
  });
});
