import { z } from 'zod';
import { correlationIdSchema } from './shared/correlation-id.schema';
import { entityIdSchema } from './shared/entity-id.schema';
import { utcTimestampSchema } from './shared/utc-timestamp.schema';

const EVENT_TYPE_PATTERN = /^[a-z][a-z-]*(\.[a-z][a-z-]*)+$/;

/**
 * The fields every message carries, whatever its type. Objects strip unknown keys: a consumer tolerates the
 * optional fields a newer producer adds within a version and only ever sees the fields it knows.
 */
export const eventEnvelopeSchema = z.object({
  id: z.uuid({ version: 'v7', error: 'Expected a UUID v7' }).describe('UUID v7; consumers deduplicate on it'),
  type: z
    .string()
    .regex(EVENT_TYPE_PATTERN, 'Expected <aggregate>.<what-happened>, e.g. report.confirmed')
    .describe('What happened, e.g. report.confirmed; also sent as the Kafka header `type`'),
  version: z
    .number()
    .int()
    .positive()
    .describe('Version of this type; a breaking change is a new version. Also sent as the Kafka header `version`'),
  occurredAt: utcTimestampSchema,
  producer: z.string().min(1).describe('The service that published the event, e.g. reports'),
  aggregateId: entityIdSchema.describe('The entity the event is about; the Kafka key, so its events stay in order'),
  correlationId: correlationIdSchema.describe('Shared by every event of one chain, starting with the request'),
  causationId: z.string().min(1).nullable().describe('The id of the event that caused this one; null for the first event of a chain'),
  payload: z.record(z.string(), z.unknown()),
});

export type EventEnvelope<TType extends string = string, TVersion extends number = number, TPayload = unknown> = Omit<
  z.infer<typeof eventEnvelopeSchema>,
  'type' | 'version' | 'payload'
> & {
  type: TType;
  version: TVersion;
  payload: TPayload;
};
