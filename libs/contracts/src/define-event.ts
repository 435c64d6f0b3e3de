import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { eventEnvelopeSchema, type EventEnvelope } from './envelope';
import { EventValidationError } from './event-validation.error';
import type { TopicName } from './topics';

export interface CreateEventInput<TPayloadSchema extends z.ZodObject> {
  aggregateId: string;
  payload: z.input<TPayloadSchema>;
  correlationId: string;
  /** Omit (or pass null) when no earlier event caused this one. */
  causationId?: string | null;
  producer: string;
  /** Defaults to now. */
  occurredAt?: Date;
}

export interface EventDefinition<TType extends string, TVersion extends number, TPayloadSchema extends z.ZodObject> {
  readonly type: TType;
  readonly version: TVersion;
  readonly topic: TopicName;
  readonly description: string;
  readonly payloadSchema: TPayloadSchema;
  /** The whole message: envelope with this type and version, and this payload. */
  readonly schema: z.ZodType<
    EventEnvelope<TType, TVersion, z.output<TPayloadSchema>>,
    EventEnvelope<TType, TVersion, z.input<TPayloadSchema>>
  >;
  /** Builds a validated message with a fresh UUID v7 id; throws `EventValidationError` on an invalid payload. */
  create(input: CreateEventInput<TPayloadSchema>): EventEnvelope<TType, TVersion, z.output<TPayloadSchema>>;
}

export type EventOf<TDefinition> = TDefinition extends { readonly schema: z.ZodType<infer TEvent> } ? TEvent : never;

export function defineEvent<const TType extends string, const TVersion extends number, TPayloadSchema extends z.ZodObject>(spec: {
  type: TType;
  version: TVersion;
  topic: TopicName;
  description: string;
  payload: TPayloadSchema;
}): EventDefinition<TType, TVersion, TPayloadSchema> {
  // zod cannot resolve the output type of `extend` while the payload schema is generic; for concrete events
  // define-event.spec.ts checks that the inferred type equals `EventEnvelope`.
  const schema = eventEnvelopeSchema.extend({
    type: z.literal(spec.type),
    version: z.literal(spec.version),
    payload: spec.payload,
  }) as unknown as EventDefinition<TType, TVersion, TPayloadSchema>['schema'];

  return {
    type: spec.type,
    version: spec.version,
    topic: spec.topic,
    description: spec.description,
    payloadSchema: spec.payload,
    schema,
    create(input) {
      const result = schema.safeParse({
        id: uuidv7(),
        type: spec.type,
        version: spec.version,
        occurredAt: (input.occurredAt ?? new Date()).toISOString(),
        producer: input.producer,
        aggregateId: input.aggregateId,
        correlationId: input.correlationId,
        causationId: input.causationId ?? null,
        payload: input.payload,
      });
      if (!result.success) {
        throw EventValidationError.fromZodError(result.error);
      }
      return result.data;
    },
  };
}

/** The name of one version of an event, e.g. `report.confirmed.v1`. */
export function eventMessageName({ type, version }: { type: string; version: number }): string {
  return `${type}.v${version}`;
}
