import { EventPattern } from '@nestjs/microservices';

/** Marks an `@EventPattern` handler that takes a batch of events, as `batch` in its extras. */
export const BATCH_HANDLER_EXTRA = 'batch';

/**
 * Subscribes a handler to runs of consecutive events of one type from a Kafka batch: it receives them as an
 * array, so it can apply them in one transaction. Runs from partitions consumed at the same time may come in
 * one call, each run oldest first (order holds within a partition, as ever, not across partitions). If the
 * call fails, each run is retried alone, then its events one at a time (each as an array of one), so a poison
 * event is dead-lettered on its own. The handler's `EventContext` describes the first message of the call.
 */
export function BatchEventPattern(type: string): MethodDecorator {
  return EventPattern(type, { [BATCH_HANDLER_EXTRA]: true });
}
