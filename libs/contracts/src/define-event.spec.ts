import { validate as isUuid, version as uuidVersion } from 'uuid';
import { z } from 'zod';
import { parseEvent } from './catalog';
import { eventEnvelopeSchema } from './envelope';
import { EventValidationError } from './event-validation.error';
import { reportSubmittedV1, type ReportSubmittedV1 } from './events/report-submitted.v1';

const payload = {
  reportId: '0195a6b8-2918-7af6-bfb8-1dc21b965249',
  reporterId: '01954058-147e-74da-bf22-63e2c9407ec5',
  category: 'exposed-garbage',
  description: '五里界街锦绣大道旁垃圾桶满溢，垃圾散落在人行道上。',
  location: { lat: 30.28815, lng: 114.39722 },
  submittedAt: '2025-03-18T00:47:21.880Z',
} as const;

const input = {
  aggregateId: payload.reportId,
  payload,
  correlationId: '0195a6b8-28fa-7a0b-bea1-6a2755fe89d4',
  producer: 'reports',
};

/** True when each type is assignable to the other. */
type SameType<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

describe('defineEvent', () => {
  describe('create', () => {
    it('builds an envelope with a fresh UUID v7 id', () => {
      const first = reportSubmittedV1.create(input);
      const second = reportSubmittedV1.create(input);

      expect(isUuid(first.id) && uuidVersion(first.id)).toBe(7);
      expect(second.id).not.toBe(first.id);
    });

    it('stamps the type, version and current time, and starts a chain when no cause is given', () => {
      const before = Date.now();

      const event = reportSubmittedV1.create(input);

      expect(event).toMatchObject({ type: 'report.submitted', version: 1, causationId: null, producer: 'reports' });
      expect(Date.parse(event.occurredAt)).toBeGreaterThanOrEqual(before);
      expect(Date.parse(event.occurredAt)).toBeLessThanOrEqual(Date.now());
    });

    it('keeps the given cause and time', () => {
      const event = reportSubmittedV1.create({
        ...input,
        causationId: '0195a6b8-292e-7837-91d6-4455d78aec7a',
        occurredAt: new Date('2025-03-18T00:47:22.000Z'),
      });

      expect(event.causationId).toBe('0195a6b8-292e-7837-91d6-4455d78aec7a');
      expect(event.occurredAt).toBe('2025-03-18T00:47:22.000Z');
    });

    it('fills payload defaults', () => {
      expect(reportSubmittedV1.create(input).payload.photoUrls).toEqual([]);
    });

    it('produces a message that parseEvent accepts', () => {
      const event = reportSubmittedV1.create(input);

      expect(parseEvent(JSON.parse(JSON.stringify(event)))).toEqual(event);
    });

    it('throws an EventValidationError naming the bad payload field', () => {
      const create = () =>
        reportSubmittedV1.create({
          ...input,
          // @ts-expect-error the payload type rejects an unknown category too
          payload: { ...payload, category: 'graffiti' },
        });

      expect(create).toThrow(EventValidationError);
      expect(create).toThrow('payload.category: ');
    });
  });

  it('declares the same message types that zod infers from the envelope and payload', () => {
    const _inferred = eventEnvelopeSchema.extend({
      type: z.literal('report.submitted'),
      version: z.literal(1),
      payload: reportSubmittedV1.payloadSchema,
    });
    const sameOutput: SameType<z.output<typeof _inferred>, ReportSubmittedV1> = true;
    const sameInput: SameType<z.input<typeof _inferred>, z.input<typeof reportSubmittedV1.schema>> = true;

    expect([sameOutput, sameInput]).toEqual([true, true]);
  });
});
