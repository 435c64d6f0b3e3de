import { KAFKA_ADMIN_PRINCIPAL } from '@waystation/contracts';
import type { KafkaEndpoint } from './kafka-client';
import { envFields, kafkaSaslCredentials, kafkaSaslEnvFields, loadConfig } from '@waystation/platform';
import { z } from 'zod';

/** The tools' broker (tail, replay, `npm start` on an external cluster): the apps' variables, as the admin principal. */
export const kafkaToolingConfigSchema = z.object({
  KAFKA_BROKERS: envFields.kafkaBrokers(),
  ...kafkaSaslEnvFields(KAFKA_ADMIN_PRINCIPAL),
});

export function kafkaToolingEndpoint(env: NodeJS.ProcessEnv = process.env): KafkaEndpoint {
  const config = loadConfig(kafkaToolingConfigSchema, env);
  return { brokers: config.KAFKA_BROKERS, sasl: kafkaSaslCredentials(config) };
}
