import { z } from 'zod';
import { InvalidConfigError } from './invalid-config.error';

/**
 * Reads a service's environment through its schema, once, at start. Defaults in the schemas are the
 * embedded ones (`npm start`), so a bare machine needs no variables at all.
 */
export function loadConfig<TSchema extends z.ZodType>(schema: TSchema, env: NodeJS.ProcessEnv = process.env): z.output<TSchema> {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new InvalidConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`));
  }
  return result.data;
}
