import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import { deadLetterTopic, TOPIC_PARTITIONS, topicSpecsCreatedBy } from '@waystation/contracts';
import { DomainError, failureKindOf, MicroBatcher, ReadinessRegistry, withDeadline } from '@waystation/platform';
import { Consumer, EachBatchPayload, KafkaMessage } from 'kafkajs';
import { lastValueFrom } from 'rxjs';
import { ensureTopics } from '../kafka/ensure-topics';
import { KafkaConnection } from '../kafka/kafka-connection';
import { messagingMetrics } from '../metrics/messaging-metrics';
import {
  DEFAULT_PAUSE,
  DEFAULT_RETRY,
  MESSAGING_OPTIONS,
  MessagingOptions,
  PlainTopicSubscription,
  RetryOptions,
} from '../messaging-options';
import { BATCH_HANDLER_EXTRA, BATCH_TYPES_EXTRA } from './batch-event-pattern';
import { CrashRecovery } from './crash-recovery';
import { DeadLetterPublisher, DeadLetterReason } from './dead-letter-publisher';
import { EventContext } from './event-context';
import { decideOnFailure } from './failure-decision';
import { decodeMessage } from './message-decoder';
import { PartitionPauses } from './partition-pauses';
import { decodePlainMessage } from './plain-message-decoder';
import { ConsumedMessage } from './plain-message';
import { retryDelayMs } from './retry-policy';
import { EventRun, planUnits } from './run-planner';

interface MessageSource {
  topic: string;
  partition: number;
  heartbeat: () => Promise<void>;
}

interface SourcedRun {
  run: EventRun<MessageHandler>;
  source: MessageSource;
}

/** How delivering a unit ended: handled (or parked as a dead letter), or the partition must wait for a dependency. */
type Delivery = { outcome: 'done' } | { outcome: 'unavailable'; reason: string };

const DONE: Delivery = { outcome: 'done' };

const DEFAULT_HANDLER_TIMEOUT_MS = 30_000;
/** kafkajs heartbeats only when asked: a handler's long transaction must not cost the group its member. */
const HEARTBEAT_WHILE_HANDLING_MS = 1_000;

/**
 * A Nest transport that feeds `@EventPattern('<event type>')` handlers from Kafka.
 *
 * Each message is decoded and checked against its contract and its topic's owner (message-decoder), grouped
 * into runs (run-planner) and handed to the handler of its `type` as a typed envelope; a `@BatchEventPattern`
 * handler gets consecutive events of its type together, and the runs of partitions consumed at the same time
 * are handed over together (a group commit, see MicroBatcher).
 *
 * A handler's failure is judged by its kind (failure-decision): a dependency that is away pauses the partition
 * until it is back, however long that takes (partition-pauses); a failure of unknown cause is retried a few
 * times; what can never succeed goes to `<topic>.dlq.<group>` and the partition moves on. Offsets are resolved
 * only for messages whose handler finished (its transaction committed) or that were dead-lettered. Event types
 * this service has no handler for are acknowledged and skipped.
 *
 * A plain topic (`consumer.plainTopics`) carries JSON without our envelope: its messages are validated against
 * the subscription's schema (plain-message-decoder) and go the same way, but dead-letter to the subscription's
 * own topic.
 */
@Injectable()
export class KafkaEventServer extends Server implements CustomTransportStrategy, OnModuleInit {
  protected override readonly logger = new Logger(KafkaEventServer.name);
  private consumer: Consumer | undefined;
  private readonly retry: RetryOptions;
  private readonly pauses: PartitionPauses;
  private readonly recovery: CrashRecovery;
  /** Per batch handler: runs from partitions consumed at once, gathered into one call while a call is in flight. */
  /** By run key: a handler of several types has one per type from Nest, but one batcher for their runs. */
  private readonly batchers = new Map<string, MicroBatcher<SourcedRun, void>>();
  private readonly plainTopics: Map<string, PlainTopicSubscription>;

  constructor(
    private readonly connection: KafkaConnection,
    private readonly deadLetters: DeadLetterPublisher,
    private readonly readiness: ReadinessRegistry,
    private readonly indicator: HealthIndicatorService,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {
    super();
    this.retry = { ...DEFAULT_RETRY, ...options.consumer?.retry };
    this.pauses = new PartitionPauses({ ...DEFAULT_PAUSE, ...options.consumer?.pause });
    this.plainTopics = new Map((options.consumer?.plainTopics ?? []).map((subscription) => [subscription.topic, subscription]));
    this.recovery = new CrashRecovery(
      { ...DEFAULT_PAUSE, ...options.consumer?.pause },
      () => this.start(),
      (error, restartInMs) =>
        this.logger.error(
          { err: error, restartInMs },
          'the Kafka consumer stopped on an error kafkajs does not restart from; starting a new one',
        ),
    );
  }

  onModuleInit(): void {
    // Paused partitions are reported, not a reason to be taken out of service: the dependency they wait for has
    // its own readiness check.
    this.readiness.add(async () => this.indicator.check('consumer').up({ pausedPartitions: this.pauses.paused() }));
  }

  private get groupId(): string {
    if (!this.options.consumer) throw new Error('KafkaEventServer needs messaging options with a consumer');
    return this.options.consumer.groupId;
  }

  listen(callback: (error?: unknown) => void): void {
    this.start().then(() => callback(), callback);
  }

  async close(): Promise<void> {
    this.recovery.stop();
    this.pauses.clear();
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
    await ensureTopics(this.connection.kafka, topicSpecsCreatedBy(this.options.serviceName));
    const consumer = this.connection.kafka.consumer({
      groupId: settings.groupId,
      allowAutoTopicCreation: false,
      // A crashed replica's partitions move to the others after 10 s without heartbeats.
      sessionTimeout: 10_000,
      heartbeatInterval: 1_000,
      // How long a rebalance waits for members to rejoin: short, so a crashed member does not stall the group.
      rebalanceTimeout: 15_000,
      // A resumed partition joins the next fetch request, which waits for the one in flight to return: the
      // broker holds an empty fetch this long, so it bounds how soon a paused partition is consumed again.
      maxWaitTimeInMs: 1_000,
    });
    this.recovery.watch(consumer);
    await consumer.connect();
    await consumer.subscribe({ topics: [...settings.topics, ...this.plainTopics.keys()], fromBeginning: true });
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

  private async consumeMessages({ batch, resolveOffset, heartbeat, isRunning, isStale, pause }: EachBatchPayload): Promise<void> {
    const source = { topic: batch.topic, partition: batch.partition, heartbeat };
    const handlerFor = (type: string) => this.getHandlerByPattern(type) ?? undefined;
    const plain = this.plainTopics.get(batch.topic);
    const decoded = batch.messages.map((message) => ({
      message,
      decoded: plain
        ? decodePlainMessage(plain, { ...message, partition: batch.partition }, handlerFor)
        : decodeMessage(batch.topic, message.value, handlerFor),
    }));
    for (const unit of planUnits(decoded, runKeyOf)) {
      if (!isRunning() || isStale()) return;
      const delivery: Delivery = unit.kind === 'run' ? await this.deliver(source, unit) : DONE;
      if (delivery.outcome === 'unavailable') {
        // The unit stays unresolved: once the partition is resumed, kafkajs fetches it again from this offset.
        const delayMs = this.pauses.pause(batch.topic, batch.partition, delivery.reason, pause);
        this.logger.warn(
          { topic: batch.topic, partition: batch.partition, reason: delivery.reason, retryInMs: delayMs },
          'a dependency is unavailable; partition paused',
        );
        return;
      }
      if (unit.kind === 'rejected') await this.deadLetter(source, unit.messages[0], unit.reason, unit.reason, unit.error);
      if (unit.kind === 'skipped') messagingMetrics.eventsConsumed.inc({ type: unit.type, outcome: 'skipped' });
      this.pauses.recovered(batch.topic, batch.partition);
      resolveOffset(unit.messages[unit.messages.length - 1].offset);
      await heartbeat();
    }
  }

  /**
   * Hands a run of events to its handler. A batch handler first gets the whole run at once, together with the
   * runs other partitions deliver meanwhile; if that fails for a reason other than availability, or for a plain
   * handler, each event is tried on its own, so a poison event is dead-lettered alone.
   */
  private async deliver(source: MessageSource, run: EventRun<MessageHandler>): Promise<Delivery> {
    let batchFailure: unknown;
    if (isBatchHandler(run.handler)) {
      try {
        await this.batcherFor(run).submit({ run, source });
        return DONE;
      } catch (error) {
        const kind = failureKindOf(error);
        if (decideOnFailure(kind) === 'pause-partition') return { outcome: 'unavailable', reason: kind };
        batchFailure = error;
        if (run.events.length > 1) {
          this.logger.warn(
            { type: run.type, events: run.events.length, error: describe(error) },
            'event batch failed, retrying its events one at a time',
          );
        }
      }
    }
    for (const [index, event] of run.events.entries()) {
      // A lone event's failed batch was its first attempt.
      const delivery = await this.deliverOne(
        source,
        run.handler,
        event,
        run.messages[index],
        run.events.length === 1 ? batchFailure : undefined,
      );
      // The events before it are handled, but the run's offset is resolved as a whole: they come again, and the
      // inbox knows them.
      if (delivery.outcome === 'unavailable') return delivery;
      await source.heartbeat();
    }
    return DONE;
  }

  private batcherFor({ handler, type }: EventRun<MessageHandler>): MicroBatcher<SourcedRun, void> {
    const key = runKeyOf(handler, type) ?? type;
    let batcher = this.batchers.get(key);
    if (!batcher) {
      batcher = new MicroBatcher(async (runs) => {
        const [first] = runs;
        await this.invoke(
          handler,
          runs.flatMap(({ run }) => run.events),
          first.source,
          first.run.messages[0],
        );
        return runs.map((): PromiseSettledResult<void> => ({ status: 'fulfilled', value: undefined }));
      });
      this.batchers.set(key, batcher);
    }
    return batcher;
  }

  /**
   * Tries one event until it succeeds, is dead-lettered, or meets an unavailable dependency.
   * `earlierFailure` is the error of an attempt already made (the event's batch), counted as the first.
   */
  private async deliverOne(
    source: MessageSource,
    handler: MessageHandler,
    event: ConsumedMessage,
    message: KafkaMessage,
    earlierFailure?: unknown,
  ): Promise<Delivery> {
    // A batch handler takes its events as an array, here an array of one.
    const data = isBatchHandler(handler) ? [event] : event;
    let failures = earlierFailure === undefined ? 0 : 1;
    let lastError = earlierFailure;
    for (;;) {
      if (failures > 0) {
        const kind = failureKindOf(lastError);
        const decision = decideOnFailure(kind);
        if (decision === 'pause-partition') return { outcome: 'unavailable', reason: kind };
        if (decision === 'dead-letter' || failures >= this.retry.maxAttempts) {
          const code = lastError instanceof DomainError ? lastError.code : 'handler-failed';
          await this.deadLetter(source, message, 'handler-failed', code, describe(lastError));
          return DONE;
        }
        this.logger.warn(
          { eventId: event.id, type: event.type, correlationId: event.correlationId, attempt: failures, error: describe(lastError) },
          'event handler failed, retrying',
        );
        await sleep(retryDelayMs(failures, this.retry));
        await source.heartbeat();
      }
      try {
        await this.invoke(handler, data, source, message);
        return DONE;
      } catch (error) {
        lastError = error;
        failures += 1;
      }
    }
  }

  private async invoke(
    handler: MessageHandler,
    data: ConsumedMessage | ConsumedMessage[],
    source: MessageSource,
    message: KafkaMessage,
  ): Promise<void> {
    const context = new EventContext([source.topic, source.partition, message.offset, message.headers ?? {}]);
    const handled = (async () => lastValueFrom(this.transformToObservable(await handler(data, context)), { defaultValue: undefined }))();
    const beating = setInterval(() => void source.heartbeat().catch(() => undefined), HEARTBEAT_WHILE_HANDLING_MS);
    try {
      const type = Array.isArray(data) ? data[0]?.type : data.type;
      await withDeadline(`the ${type} handler`, this.options.consumer?.handlerTimeoutMs ?? DEFAULT_HANDLER_TIMEOUT_MS, handled);
    } finally {
      clearInterval(beating);
    }
  }

  private async deadLetter(
    source: MessageSource,
    message: KafkaMessage,
    reason: DeadLetterReason,
    code: string,
    error: string,
  ): Promise<void> {
    const { topic, partition } = source;
    const to = this.plainTopics.get(topic)?.deadLetterTopic ?? deadLetterTopic(topic, this.groupId);
    await this.deadLetters.publish({ deadLetterTopic: to, topic, partition, groupId: this.groupId, message, reason, code, error });
    messagingMetrics.eventsConsumed.inc({ type: String(message.headers?.type ?? 'unknown'), outcome: 'dead-lettered' });
    this.logger.warn({ topic: source.topic, partition: source.partition, offset: message.offset, reason, error }, 'message dead-lettered');
  }
}

function isBatchHandler(handler: MessageHandler): boolean {
  return handler.extras?.[BATCH_HANDLER_EXTRA] === true;
}

/** A batch handler's events run together when their types are among those it takes together. */
function runKeyOf(handler: MessageHandler, type: string): string | undefined {
  if (!isBatchHandler(handler)) return undefined;
  return (handler.extras?.[BATCH_TYPES_EXTRA] as string | undefined) ?? type;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : JSON.stringify(error);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
