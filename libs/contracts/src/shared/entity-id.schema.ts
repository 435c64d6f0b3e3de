import { z } from 'zod';
import { withoutControlCharacters } from './bounded-text.schema';

/** Each service chooses the id format of its own entities; the contracts only require one, short and printable. */
export const entityIdSchema = z.string().min(1).max(200).check(withoutControlCharacters());
