import { z } from 'zod';
import { withoutControlCharacters } from './bounded-text.schema';

/** Where a photo of a report is kept: an http(s) URL of a length any browser, proxy and topic can carry. */
export const photoUrlSchema = z
  .url({ protocol: /^https?$/ })
  .max(2_000)
  // zod's URL check drops tabs and line feeds from the value but keeps a NUL, which PostgreSQL refuses.
  .check(withoutControlCharacters());
