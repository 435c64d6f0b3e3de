import { eventCatalog, findEventDefinition, parseEvent } from './catalog';
import { eventMessageName } from './define-event';
import { EventValidationError } from './event-validation.error';
import reportConfirmedFixture from './events/fixtures/report-confirmed.v1.json';
import { reportConfirmedV1 } from './events/report-confirmed.v1';

describe('eventCatalog', () => {
  it('holds each type and version once', () => {
    const names = eventCatalog.map(eventMessageName);

    expect(new Set(names).size).toBe(names.length);
  });
});

describe(findEventDefinition.name, () => {
  it('finds a definition by type and version', () => {
    expect(findEventDefinition('report.confirmed', 1)).toBe(reportConfirmedV1);
  });

  it('returns undefined for a version that is not in the catalog', () => {
    expect(findEventDefinition('report.confirmed', 4)).toBeUndefined();
  });
});

describe(parseEvent.name, () => {
  it('returns an event that consumers narrow on its type', () => {
    const event = parseEvent(reportConfirmedFixture);

    if (event.type !== 'report.confirmed') throw new Error(`Parsed as ${event.type}`);
    expect(event.payload.confirmedBy).toBe(reportConfirmedFixture.payload.confirmedBy);
  });

  it('accepts a payload field added by a newer producer and drops it', () => {
    const raw = {
      ...reportConfirmedFixture,
      payload: { ...reportConfirmedFixture.payload, reviewNote: '已到现场核实' },
    };

    const event = parseEvent(raw);

    expect(event.payload).toEqual(reportConfirmedFixture.payload);
  });

  it('names an unknown type in its message', () => {
    const raw = { ...reportConfirmedFixture, type: 'report.escalated' };

    expect(() => parseEvent(raw)).toThrow('type: Unknown event type "report.escalated"');
  });

  it('names the known versions when the version is unknown', () => {
    const raw = { ...reportConfirmedFixture, version: 4 };

    expect(() => parseEvent(raw)).toThrow('version: report.confirmed has no version 4 (known: 1, 2, 3)');
  });

  it('rejects a message that is not an object', () => {
    expect(() => parseEvent('report.confirmed')).toThrow(EventValidationError);
  });

  it('lists every failing path in one message', () => {
    const raw = { ...reportConfirmedFixture, producer: '', causationId: '' };

    expect(() => parseEvent(raw)).toThrow(/^Invalid event: producer: .+; causationId: .+$/);
  });
});
