import { z } from 'zod';

export interface BoundedTextOptions {
  /** Long free text (a description, a reason) may hold line feeds and tabs; everything else is one line. */
  multiline?: boolean;
}

// C0 controls (U+0000–U+001F) and DEL: PostgreSQL refuses NUL in text and jsonb, and the others only garble
// what staff and departments read. Written as JSON Schema patterns too, so clients can check them.
const ONE_LINE = '^[^\\u0000-\\u001f\\u007f]*$';
const MULTILINE = '^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$';

/** The check that a one-line text (an id, a URL) holds no control character; bounded text has it built in. */
export const withoutControlCharacters = () => z.regex(new RegExp(ONE_LINE), { error: 'Must not contain control characters' });

/**
 * Text people type, trimmed, never blank, at most `maxLength` characters, without control characters (line
 * feed and tab allowed in `multiline` text). Every free-text field of a request or an event is one of these, so
 * nothing unbounded or unstorable is ever written.
 */
export function boundedTextSchema(maxLength: number, { multiline = false }: BoundedTextOptions = {}) {
  const controls = multiline
    ? z.regex(new RegExp(MULTILINE), { error: 'Must not contain control characters other than line feed and tab' })
    : withoutControlCharacters();
  return z.string().trim().min(1).max(maxLength).check(controls);
}
