import { z } from 'zod';

/** Each service chooses the id format of its own entities; the contracts only require one. */
export const entityIdSchema = z.string().min(1);
