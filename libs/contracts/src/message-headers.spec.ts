import { DEAD_LETTER_HEADER_PREFIX, DeadLetterHeaders, MessageHeaders } from './message-headers';

describe('message headers', () => {
  it('marks every dead-letter header with the prefix a replay drops, and no header of a published event', () => {
    expect(Object.values(DeadLetterHeaders).every((header) => header.startsWith(DEAD_LETTER_HEADER_PREFIX))).toBe(true);
    expect(Object.values(MessageHeaders).some((header) => header.startsWith(DEAD_LETTER_HEADER_PREFIX))).toBe(false);
  });
});
