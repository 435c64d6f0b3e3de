import { Inject, Injectable, Logger } from '@nestjs/common';
import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { allTopicSpecs, AnyEvent, eventEnvelopeSchema, EventValidationError, parseEvent, TOPIC_PARTITIONS } from '@waystation/contracts';
import { DomainError } from '@waystation/platform';
import { Consumer, EachBatchPayload, KafkaMessage } from 'kafkajs';
import { lastValueFrom } from 'rxjs';
import { ZodError } from 'zod';
import { ensureTopics } from '../kafka/ensure-topics';
import { KafkaConnection } from '../kafka/kafka-connection';
import { messagingMetrics } from '../metrics/messaging-metrics';
import { DEFAULT_RETRY, MESSAGING_OPTIONS, MessagingOptions, RetryOptions } from '../messaging-options';
import { DeadLetterPublisher, DeadLetterReason } from './dead-letter-publisher';
import { EventContext } from './event-context';
import { PermanentEventError } from './permanent-event.error';
import { retryDelayMs } from './retry-policy';

type Verdict = { ok: true } | { ok: false; reason: DeadLetterReason; error: string };

/**
 * A Nest transport that feeds `@EventPattern('<event type>')` handlers from Kafka.
 *
 * Each message is validated against its contract and handed to the handler of its `type` as a typed envelope.
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
    // kafkajs lets the batch in flight finish and commits its resolved offsets before leaving the group.
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
    await ensureTopics(this.connection.kafka, allTopicSpecs());
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
    const { commitOffsetsIfNecessary, uncommittedOffsets } = payload;
    await (this.options.consumer?.commitIntervalMs ? commitOffsetsIfNecessary() : commitOffsetsIfNecessary(uncommittedOffsets()));
  }

  private async consumeMessages({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    for (const message of batch.messages) {
      if (!isRunning() || isStale()) return;
      const verdict = await this.consume(batch.topic, batch.partition, message, heartbeat);
      if (!verdict.ok) {
        await this.deadLetters.publish({
          topic: batch.topic,
          partition: batch.partition,
          groupId: this.groupId,
          message,
          reason: verdict.reason,
          error: verdict.error,
        });
        messagingMetrics.eventsConsumed.inc({ type: String(message.headers?.type ?? 'unknown'), outcome: 'dead-lettered' });
        this.logger.warn({ topic: batch.topic, partition: batch.partition, offset: message.offset, reason: verdict.reason, error: verdict.error }, 'message dead-lettered');
      }
      resolveOffset(message.offset);
      await heartbeat();
    }
  }

  private async consume(topic: string, partition: number, message: KafkaMessage, heartbeat: () => Promise<void>): Promise<Verdict> {
    let raw: unknown;
    try {
      raw = JSON.parse(message.value?.toString('utf8') ?? '');
    } catch (error) {
      return { ok: false, reason: 'malformed-json', error: (error as Error).message };
    }
    const envelope = eventEnvelopeSchema.safeParse(raw);
    if (!envelope.success) {
      return { ok: false, reason: 'invalid-envelope', error: EventValidationError.fromZodError(envelope.error).message };
    }
    const handler = this.getHandlerByPattern(envelope.data.type);
    if (!handler) {
      messagingMetrics.eventsConsumed.inc({ type: envelope.data.type, outcome: 'skipped' });
      return { ok: true };
    }
    let event: AnyEvent;
    try {
      event = parseEvent(raw);
    } catch (error) {
      return { ok: false, reason: 'invalid-event', error: (error as Error).message };
    }
    const context = new EventContext([topic, partition, message.offset, message.headers ?? {}]);
    for (let attempt = 1; ; attempt++) {
      try {
        await lastValueFrom(this.transformToObservable(await handler(event, context)), { defaultValue: undefined });
        return { ok: true };
      } catch (error) {
        const description = describe(error);
        if (isPermanent(error) || attempt >= this.retry.maxAttempts) {
          return { ok: false, reason: 'handler-failed', error: description };
        }
        this.logger.warn({ eventId: event.id, type: event.type, correlationId: event.correlationId, attempt, error: description }, 'event handler failed, retrying');
        await sleep(retryDelayMs(attempt, this.retry));
        await heartbeat();
      }
    }
  }
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
