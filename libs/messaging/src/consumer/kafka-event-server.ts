import { Inject, Injectable, Logger } from '@nestjs/common';
import { CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import { AnyEvent, eventEnvelopeSchema, EventValidationError, parseEvent, TOPIC_PARTITIONS, topicSpecsOwnedBy } from '@waystation/contracts';
import { DomainError, MicroBatcher } from '@waystation/platform';
import { Consumer, EachBatchPayload, KafkaMessage } from 'kafkajs';
import { lastValueFrom } from 'rxjs';
import { ZodError } from 'zod';
import { ensureTopics } from '../kafka/ensure-topics';
import { KafkaConnection } from '../kafka/kafka-connection';
import { messagingMetrics } from '../metrics/messaging-metrics';
import { DEFAULT_RETRY, MESSAGING_OPTIONS, MessagingOptions, RetryOptions } from '../messaging-options';
import { BATCH_HANDLER_EXTRA } from './batch-event-pattern';
import { DeadLetterPublisher, DeadLetterReason } from './dead-letter-publisher';
import { EventContext } from './event-context';
import { PermanentEventError } from './permanent-event.error';
import { retryDelayMs } from './retry-policy';

type Decoded =
  | { kind: 'event'; event: AnyEvent; handler: MessageHandler }
  | { kind: 'skipped'; type: string }
  | { kind: 'rejected'; reason: DeadLetterReason; error: string };

/** Consecutive events of one type from a partition, with their messages, on their way to one handler. */
interface EventRun {
  kind: 'run';
  type: string;
  handler: MessageHandler;
  events: AnyEvent[];
  messages: KafkaMessage[];
}

type Unit = EventRun | (Exclude<Decoded, { kind: 'event' }> & { messages: KafkaMessage[] });

interface MessageSource {
  topic: string;
  partition: number;
  heartbeat: () => Promise<void>;
}

interface SourcedRun {
  run: EventRun;
  source: MessageSource;
}

/**
 * A Nest transport that feeds `@EventPattern('<event type>')` handlers from Kafka.
 *
 * Each message is validated against its contract and handed to the handler of its `type` as a typed envelope;
 * a `@BatchEventPattern` handler gets consecutive events of its type together, as an array, and the runs of
 * partitions consumed at the same time are handed over together (a group commit, see MicroBatcher).
 * A handler error is retried with backoff; a message that is malformed, breaks its contract or keeps failing
 * goes to `<topic>.dlq.<group>` and the partition moves on, so one poison message never blocks it. Offsets are
 * committed only for messages whose handler finished (its transaction committed) or that were dead-lettered.
 * Event types this service has no handler for are acknowledged and skipped.
 */
@Injectable()
export class KafkaEventServer extends Server implements CustomTransportStrategy {
  protected override readonly logger = new Logger(KafkaEventServer.name);
  private consumer: Consumer | undefined;
  private readonly retry: RetryOptions;
  /** Per batch handler: runs from partitions consumed at once, gathered into one call while a call is in flight. */
  private readonly batchers = new Map<MessageHandler, MicroBatcher<SourcedRun, void>>();

  constructor(
    private readonly connection: KafkaConnection,
    private readonly deadLetters: DeadLetterPublisher,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {
    super();
    this.retry = { ...DEFAULT_RETRY, ...options.consumer?.retry };
  }

  private get groupId(): string {
    if (!this.options.consumer) throw new Error('KafkaEventServer needs messaging options with a consumer');
    return this.options.consumer.groupId;
  }

  listen(callback: (error?: unknown) => void): void {
    this.start().then(() => callback(), callback);
  }

  async close(): Promise<void> {
    // kafkajs lets the batch in flight finish before leaving the group; consumeBatch then commits its offsets.
    await this.consumer?.disconnect();
    this.consumer = undefined;
  }

  on(): never {
    throw new Error('KafkaEventServer does not emit transport events');
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }

  private async start(): Promise<void> {
    const settings = this.options.consumer;
    if (!settings) throw new Error('KafkaEventServer needs messaging options with a consumer');
    await ensureTopics(this.connection.kafka, topicSpecsOwnedBy(this.options.serviceName));
    const consumer = this.connection.kafka.consumer({
      groupId: settings.groupId,
      allowAutoTopicCreation: false,
      // A crashed replica's partitions move to the others after 10 s without heartbeats.
      sessionTimeout: 10_000,
      heartbeatInterval: 1_000,
      // How long a rebalance waits for members to rejoin: short, so a crashed member does not stall the group.
      rebalanceTimeout: 15_000,
    });
    await consumer.connect();
    await consumer.subscribe({ topics: [...settings.topics], fromBeginning: true });
    // kafkajs's autoCommit commits after every batch whatever the interval, so commits are driven from here.
    await consumer.run({
      autoCommit: false,
      autoCommitInterval: settings.commitIntervalMs || null,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: settings.partitionsConsumedConcurrently ?? TOPIC_PARTITIONS,
      eachBatch: (payload) => this.consumeBatch(payload),
    });
    this.consumer = consumer;
  }

  private async consumeBatch(payload: EachBatchPayload): Promise<void> {
    await this.consumeMessages(payload);
    const { commitOffsetsIfNecessary, uncommittedOffsets, isRunning } = payload;
    // Stopping commits everything handled so far: kafkajs commits nothing on disconnect unless it auto-commits.
    const commitNow = !this.options.consumer?.commitIntervalMs || !isRunning();
    await (commitNow ? commitOffsetsIfNecessary(uncommittedOffsets()) : commitOffsetsIfNecessary());
  }

  private async consumeMessages({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const source = { topic: batch.topic, partition: batch.partition, heartbeat };
    for (const unit of this.units(batch.messages)) {
      if (!isRunning() || isStale()) return;
      if (unit.kind === 'run') await this.deliver(source, unit);
      if (unit.kind === 'rejected') await this.deadLetter(source, unit.messages[0], unit.reason, unit.error);
      if (unit.kind === 'skipped') messagingMetrics.eventsConsumed.inc({ type: unit.type, outcome: 'skipped' });
      resolveOffset(unit.messages[unit.messages.length - 1].offset);
      await heartbeat();
    }
  }

  /**
   * Groups a partition's messages into the units they are handled in: consecutive events of one type for a
   * batch handler make one run; every other message is a unit of its own.
   */
  private units(messages: KafkaMessage[]): Unit[] {
    const units: Unit[] = [];
    for (const message of messages) {
      const decoded = this.decode(message);
      const last = units.at(-1);
      if (decoded.kind === 'event' && last?.kind === 'run' && isBatchHandler(last.handler) && last.type === decoded.event.type) {
        last.events.push(decoded.event);
        last.messages.push(message);
      } else if (decoded.kind === 'event') {
        units.push({ kind: 'run', type: decoded.event.type, handler: decoded.handler, events: [decoded.event], messages: [message] });
      } else {
        units.push({ ...decoded, messages: [message] });
      }
    }
    return units;
  }

  /** Parses and validates a message and finds its handler. */
  private decode(message: KafkaMessage): Decoded {
    let raw: unknown;
    try {
      raw = JSON.parse(message.value?.toString('utf8') ?? '');
    } catch (error) {
      return { kind: 'rejected', reason: 'malformed-json', error: (error as Error).message };
    }
    const envelope = eventEnvelopeSchema.safeParse(raw);
    if (!envelope.success) {
      return { kind: 'rejected', reason: 'invalid-envelope', error: EventValidationError.fromZodError(envelope.error).message };
    }
    const handler = this.getHandlerByPattern(envelope.data.type);
    if (!handler) return { kind: 'skipped', type: envelope.data.type };
    try {
      return { kind: 'event', event: parseEvent(raw), handler };
    } catch (error) {
      return { kind: 'rejected', reason: 'invalid-event', error: (error as Error).message };
    }
  }

  /**
   * Hands a run of events to its handler. A batch handler first gets the whole run at once, together with the
   * runs other partitions deliver meanwhile; if that fails, or for a plain handler, each event is retried on
   * its own and dead-lettered if it keeps failing.
   */
  private async deliver(source: MessageSource, run: EventRun): Promise<void> {
    let batchFailure: unknown;
    if (isBatchHandler(run.handler)) {
      try {
        await this.batcherFor(run.handler).submit({ run, source });
        return;
      } catch (error) {
        batchFailure = error;
        if (run.events.length > 1) {
          this.logger.warn({ type: run.type, events: run.events.length, error: describe(error) }, 'event batch failed, retrying its events one at a time');
        }
      }
    }
    for (const [index, event] of run.events.entries()) {
      const message = run.messages[index];
      // A lone event's failed batch was its first attempt.
      const failure = await this.deliverOne(source, run.handler, event, message, run.events.length === 1 ? batchFailure : undefined);
      if (failure) await this.deadLetter(source, message, 'handler-failed', failure);
      await source.heartbeat();
    }
  }

  private batcherFor(handler: MessageHandler): MicroBatcher<SourcedRun, void> {
    let batcher = this.batchers.get(handler);
    if (!batcher) {
      batcher = new MicroBatcher(async (runs) => {
        const [first] = runs;
        await this.invoke(handler, runs.flatMap(({ run }) => run.events), first.source, first.run.messages[0]);
        return runs.map((): PromiseSettledResult<void> => ({ status: 'fulfilled', value: undefined }));
      });
      this.batchers.set(handler, batcher);
    }
    return batcher;
  }

  /**
   * Resolves to undefined once the handler succeeded, or to the error that makes the event a dead letter.
   * `earlierFailure` is the error of an attempt already made (the event's batch), counted as the first.
   */
  private async deliverOne(source: MessageSource, handler: MessageHandler, event: AnyEvent, message: KafkaMessage, earlierFailure?: unknown): Promise<string | undefined> {
    // A batch handler takes its events as an array, here an array of one.
    const data = isBatchHandler(handler) ? [event] : event;
    let failures = earlierFailure === undefined ? 0 : 1;
    let lastError = earlierFailure;
    for (;;) {
      if (failures > 0) {
        const description = describe(lastError);
        if (isPermanent(lastError) || failures >= this.retry.maxAttempts) return description;
        this.logger.warn({ eventId: event.id, type: event.type, correlationId: event.correlationId, attempt: failures, error: description }, 'event handler failed, retrying');
        await sleep(retryDelayMs(failures, this.retry));
        await source.heartbeat();
      }
      try {
        await this.invoke(handler, data, source, message);
        return undefined;
      } catch (error) {
        lastError = error;
        failures += 1;
      }
    }
  }

  private async invoke(handler: MessageHandler, data: AnyEvent | AnyEvent[], source: MessageSource, message: KafkaMessage): Promise<void> {
    const context = new EventContext([source.topic, source.partition, message.offset, message.headers ?? {}]);
    await lastValueFrom(this.transformToObservable(await handler(data, context)), { defaultValue: undefined });
  }

  private async deadLetter(source: MessageSource, message: KafkaMessage, reason: DeadLetterReason, error: string): Promise<void> {
    await this.deadLetters.publish({ topic: source.topic, partition: source.partition, groupId: this.groupId, message, reason, error });
    messagingMetrics.eventsConsumed.inc({ type: String(message.headers?.type ?? 'unknown'), outcome: 'dead-lettered' });
    this.logger.warn({ topic: source.topic, partition: source.partition, offset: message.offset, reason, error }, 'message dead-lettered');
  }
}

function isBatchHandler(handler: MessageHandler): boolean {
  return handler.extras?.[BATCH_HANDLER_EXTRA] === true;
}

function isPermanent(error: unknown): boolean {
  return (
    error instanceof PermanentEventError ||
    error instanceof DomainError ||
    error instanceof EventValidationError ||
    error instanceof ZodError
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : JSON.stringify(error);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
