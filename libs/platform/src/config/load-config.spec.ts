import { z } from 'zod';
import { envFields } from './env-fields';
import { InvalidConfigError } from './invalid-config.error';
import { loadConfig } from './load-config';

describe(loadConfig.name, () => {
  const schema = z.object({ PORT: envFields.port(3000), KAFKA_BROKERS: envFields.kafkaBrokers() });

  it('applies the embedded defaults when nothing is set', () => {
    expect(loadConfig(schema, {})).toEqual({ PORT: 3000, KAFKA_BROKERS: ['127.0.0.1:9092'] });
  });

  it('reads a comma-separated broker list', () => {
    expect(loadConfig(schema, { KAFKA_BROKERS: 'kafka-0:9092, kafka-1:9092' }).KAFKA_BROKERS).toEqual(['kafka-0:9092', 'kafka-1:9092']);
  });

  it('fails fast naming every bad variable', () => {
    const load = () => loadConfig(schema, { PORT: 'eighty', KAFKA_BROKERS: 'no-port' });
    expect(load).toThrow(InvalidConfigError);
    expect(load).toThrow(/PORT: .*\n\s+KAFKA_BROKERS.0: each broker must be host:port/);
  });

  it('names a service URL that is not a URL at all, instead of failing with a TypeError', () => {
    const services = z.object({ REPORTS_URL: envFields.serviceUrl('http://127.0.0.1:3102') });
    const load = () => loadConfig(services, { REPORTS_URL: 'not a url' });
    expect(load).toThrow(InvalidConfigError);
    expect(load).toThrow(/REPORTS_URL: /);
  });

  it('refuses a service URL with a path, since every route path is appended to it', () => {
    const services = z.object({ REPORTS_URL: envFields.serviceUrl('http://127.0.0.1:3102') });
    expect(() => loadConfig(services, { REPORTS_URL: 'http://reports:3102/api' })).toThrow(/REPORTS_URL: must be an origin/);
  });
});
