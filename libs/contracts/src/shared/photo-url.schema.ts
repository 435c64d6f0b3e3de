import { z } from 'zod';
import { withoutControlCharacters } from './bounded-text.schema';

/** Where a photo of a report is kept: an http(s) URL of a length any browser, proxy and topic can carry. */
export const photoUrlSchema = z
  .url({ protocol: /^https?$/ })
  .max(2_000)
  // The URL parser accepts a NUL and drops tabs and line feeds, but the text itself would be stored as sent.
  .check(withoutControlCharacters());
