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
});
