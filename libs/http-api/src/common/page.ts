import { z } from 'zod';
import { queryNumberSchema } from './query-number';

/** `?cursor=&limit=` on every list; the cursor is opaque to clients. */
export const pageQuerySchema = z.object({
  cursor: z.string().min(1).max(200).optional(),
  limit: queryNumberSchema(z.coerce.number().int().min(1).max(100).default(20)),
});
export type PageQuery = z.output<typeof pageQuerySchema>;

/** The schema of a page of `item`s, for documenting list responses. */
export function pageSchemaOf<TItem extends z.ZodType>(item: TItem) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().min(1).nullable().describe('Pass as `cursor` for the next page; null on the last page'),
  });
}

/** For lists ordered by a UUID v7 id, where the cursor is the last id seen. */
export const idCursorPageQuerySchema = pageQuerySchema.extend({ cursor: z.uuid().optional() });
