import { z } from 'zod';

const UTC_TIMESTAMP = 'ISO-8601 in UTC, e.g. 2025-03-18T02:05:13.337Z';

// zod rejects offsets such as +08:00 by default, so every time on the wire reads the same way.
export const utcTimestampSchema = z.iso.datetime({ error: `Expected ${UTC_TIMESTAMP}` }).describe(UTC_TIMESTAMP);
