import { z } from 'zod';

/**
 * A number in the query string, checked by `schema` (a `z.coerce.number()…`). A parameter sent empty (`?lat=`)
 * counts as missing: coerced as it is, `Number('')` would make it 0, a search near (0, 0).
 */
export function queryNumberSchema<TSchema extends z.ZodType>(schema: TSchema) {
  return z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema);
}
