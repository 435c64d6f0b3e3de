import { z } from 'zod';

/**
 * Text that may be absent (null) but is never empty. The `min(1)` is true of every such field and also keeps
 * the OpenAPI document right: a bare `z.string().nullable()` comes out of zod ≥ 4.5 as `type: [string, null]`,
 * which @nestjs/swagger turns into an array of strings (nestjs-zod issues #473, #474).
 */
export const nullableTextSchema = () => z.string().min(1).nullable();
