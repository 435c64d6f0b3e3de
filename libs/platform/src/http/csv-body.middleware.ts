import { text } from 'express';

/**
 * Reads a `text/csv` body as a string, up to `limitBytes` (a bigger one is refused with 413 before it is read
 * whole). Nest's own parsers read JSON only; apply it to the routes that take a CSV file.
 */
export function csvBody(limitBytes: number) {
  return text({ type: 'text/csv', limit: limitBytes });
}
