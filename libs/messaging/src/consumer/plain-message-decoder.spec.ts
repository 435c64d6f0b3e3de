import { z } from 'zod';
import { decodePlainMessage } from './plain-message-decoder';

const subscription = {
  topic: 'departments.fire.updates',
  pattern: 'department.update',
  schema: z.strictObject({ updateId: z.string(), note: z.string().trim() }),
  deadLetterTopic: 'departments.fire.updates.rejected',
};
const handlerFor = (type: string) => (type === 'department.update' ? 'apply-update' : undefined);

const decode = (value: string, headers = {}) =>
  decodePlainMessage(subscription, { partition: 2, offset: '41', value: Buffer.from(value), headers }, handlerFor);

describe(decodePlainMessage.name, () => {
  it("hands the validated body to the pattern's handler, named by where it was read, with the writer's correlation id", () => {
    expect(decode(JSON.stringify({ updateId: 'u-1', note: ' cleared ' }), { 'correlation-id': 'desk-7' })).toEqual({
      kind: 'event',
      event: {
        type: 'department.update',
        id: 'departments.fire.updates:2:41',
        correlationId: 'desk-7',
        body: { updateId: 'u-1', note: 'cleared' },
      },
      handler: 'apply-update',
    });
  });

  it('makes a correlation id of its own when the header is missing or no id', () => {
    const decoded = decode(JSON.stringify({ updateId: 'u-1', note: 'cleared' }), { 'correlation-id': 'not an id\n' });

    expect(decoded).toMatchObject({ kind: 'event', event: { correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/) } });
  });

  it('rejects a message that is not JSON as malformed-json', () => {
    expect(decode('{"updateId": ')).toMatchObject({ kind: 'rejected', reason: 'malformed-json' });
  });

  it("rejects a message that does not fit the topic's schema as invalid-event, naming the field", () => {
    expect(decode(JSON.stringify({ updateId: 'u-1', note: 'ok', photos: [] }))).toMatchObject({
      kind: 'rejected',
      reason: 'invalid-event',
      error: expect.stringContaining('photos'),
    });
    expect(decode(JSON.stringify({ updateId: 'u-1' }))).toMatchObject({ kind: 'rejected', error: expect.stringContaining('note') });
  });
});
