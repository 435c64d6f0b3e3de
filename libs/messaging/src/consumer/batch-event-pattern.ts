import { EventPattern } from '@nestjs/microservices';

/** Marks an `@EventPattern` handler that takes a batch of events, as `batch` in its extras. */
export const BATCH_HANDLER_EXTRA = 'batch';
/** The types one batch handler takes together, as `batchTypes` in its extras: consecutive events of any of them make one run. */
export const BATCH_TYPES_EXTRA = 'batchTypes';

/**
 * Subscribes a handler to runs of consecutive events of its type (or, given several, of any of its types) from a
 * Kafka batch: it receives them as an array, in partition order, so it can apply them in one transaction. A
 * service whose events of several types interleave on one partition (a report's submission, then its
 * confirmation) names them together, or each type's events would come one at a time. Runs from partitions
 * consumed at the same time may come in one call, each run oldest first (order holds within a partition, as
 * ever, not across partitions). If the call fails, each run is retried alone, then its events one at a time
 * (each as an array of one), so a poison event is dead-lettered on its own. The handler's `EventContext`
 * describes the first message of the call.
 */
export function BatchEventPattern(types: string | readonly string[]): MethodDecorator {
  const batchTypes = [types].flat();
  return EventPattern(batchTypes, { [BATCH_HANDLER_EXTRA]: true, [BATCH_TYPES_EXTRA]: batchTypes.join(' ') });
}
