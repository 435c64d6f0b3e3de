import { AnyEvent } from '@waystation/contracts';

/**
 * A message of a plain topic (PlainTopicSubscription): JSON an outside party wrote, without our envelope,
 * validated against the topic's schema. It has no event id, so it is named by where it was read.
 */
export interface PlainMessage<TBody = unknown> {
  /** The subscription's pattern: which `@EventPattern` handler takes it. */
  type: string;
  /** `<topic>:<partition>:<offset>`, for logs. */
  id: string;
  correlationId: string;
  body: TBody;
}

/** What the consumer hands a handler: an event of the catalog, or a plain topic's message. */
export type ConsumedMessage = AnyEvent | PlainMessage;
