import { loadConfig } from '@waystation/platform';
import { z } from 'zod';

const path = () => z.string().min(1).optional();

/** Where the local infrastructure finds Java and keeps what it downloads; all unset on a usual machine. */
export const infraConfigSchema = z.object({
  /** Kafka's jars and the schemathesis virtual environment; `$XDG_CACHE_HOME/waystation` when unset. */
  WAYSTATION_CACHE_DIR: path(),
  XDG_CACHE_HOME: path(),
  /** The JDK that runs the broker; the `java` on the PATH when unset. */
  JAVA_HOME: path(),
});

export type InfraConfig = z.output<typeof infraConfigSchema>;

export const loadInfraConfig = (env: NodeJS.ProcessEnv = process.env): InfraConfig => loadConfig(infraConfigSchema, env);
