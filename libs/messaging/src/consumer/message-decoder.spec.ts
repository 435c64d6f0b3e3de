import { reportConfirmedV1, Topics } from '@waystation/contracts';
import { v7 as uuidv7 } from 'uuid';
import { decodeMessage } from './message-decoder';

const handlers = new Map<string, string>([[reportConfirmedV1.type, 'credit-reporter']]);
const handlerFor = (type: string) => handlers.get(type);

function confirmed(producer = 'reports') {
  const reportId = uuidv7();
  return reportConfirmedV1.create({
    aggregateId: reportId,
    correlationId: 'corr-1',
    producer,
    payload: {
      reportId,
      reporterId: 'worker-1',
      category: 'sanitation',
      location: { lat: 30.37, lng: 114.32 },
      confirmedBy: 'staff-1',
      confirmedAt: new Date().toISOString(),
    },
  });
}

const decode = (value: unknown, topic: string = Topics.reports) =>
  decodeMessage(topic, Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)), handlerFor);

describe(decodeMessage.name, () => {
  it('hands a valid event from its owner to the handler of its type', () => {
    const event = confirmed();

    expect(decode(event)).toEqual({ kind: 'event', event, handler: 'credit-reporter' });
  });

  it('rejects a message that is not JSON as malformed-json', () => {
    expect(decode('not json {')).toMatchObject({ kind: 'rejected', reason: 'malformed-json' });
  });

  it('rejects a message without a valid envelope as invalid-envelope, naming the field', () => {
    expect(decode({ type: 'report.confirmed', version: 1, payload: {} })).toMatchObject({
      kind: 'rejected',
      reason: 'invalid-envelope',
      error: expect.stringContaining('id'),
    });
  });

  it('rejects an envelope on a domain topic whose producer is not the owner of that topic as forged-producer', () => {
    expect(decode(confirmed('points'))).toEqual({
      kind: 'rejected',
      reason: 'forged-producer',
      error: 'reports.events is written by reports only, not by "points"',
    });
  });

  it('does not judge the producer on a topic that is not a domain topic', () => {
    expect(decode(confirmed('replay-tool'), 'some.other.topic')).toMatchObject({ kind: 'event' });
  });

  it('rejects a known type whose payload breaks its contract as invalid-event', () => {
    const event = confirmed();

    expect(decode({ ...event, payload: { ...event.payload, reportId: 42 } })).toMatchObject({ kind: 'rejected', reason: 'invalid-event' });
  });

  it('skips an event type this service has no handler for, without validating its payload', () => {
    expect(decode({ ...confirmed(), type: 'report.rejected', payload: {} })).toEqual({ kind: 'skipped', type: 'report.rejected' });
  });
});
