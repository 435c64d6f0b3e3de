import { type KafkaEndpoint, kafkaToolingEndpoint, type PostgresConnection, postgresConnectionOf } from '@waystation/infra';
import { envFields, loadConfig } from '@waystation/platform';
import { z } from 'zod';

/** `npm start`'s own settings; the apps it runs read theirs from their own schemas. */
export const startConfigSchema = z.object({
  /** An existing server (`postgres://user:pass@host:port/postgres`) instead of the embedded one. */
  POSTGRES_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// URL')
    .transform(postgresConnectionOf)
    .optional(),
  LOG_LEVEL: envFields.logLevel(),
});

export interface StartConfig {
  external: { postgres?: PostgresConnection; kafka?: KafkaEndpoint };
  logLevel: z.output<typeof startConfigSchema>['LOG_LEVEL'];
}

export function loadStartConfig(env: NodeJS.ProcessEnv = process.env): StartConfig {
  const config = loadConfig(startConfigSchema, env);
  // Only whether KAFKA_BROKERS is set is read here: its value is validated by the tools' broker schema, whose
  // default is the embedded broker's address and so cannot say "start one".
  const kafka = env.KAFKA_BROKERS === undefined ? undefined : kafkaToolingEndpoint(env);
  return { external: { postgres: config.POSTGRES_URL, kafka }, logLevel: config.LOG_LEVEL };
}
