import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { BroadcastSubscriptions, notificationCreatedV1 } from '@waystation/contracts';
import { decodeMessage, KafkaConnection } from '@waystation/messaging';
import { ReadinessRegistry } from '@waystation/platform';
import { Consumer, EachMessagePayload } from 'kafkajs';
import { v7 as uuidv7 } from 'uuid';
import { LiveStreams } from './live-streams';

const RESTART_AFTER_MS = 5_000;

/**
 * Every replica hears of every new notification (`notification.created` on notifications.events) and wakes
 * the recipient's streams it holds.
 *
 * A plain kafkajs consumer rather than @waystation/messaging's KafkaEventServer: that one shares a group's work
 * among replicas, from the beginning, with an inbox and dead letters, and a service has one of it. A wake-up
 * needs the opposite: each replica a group of its own (under the prefix the gateway's ACLs allow), from the
 * latest offset, and nothing kept: a missed wake-up costs only latency, since a stream catches up from the
 * notifications service on its next one and on every reconnect. No offsets are committed, so a replica's
 * group is empty, and removed by the broker, once the replica leaves.
 */
@Injectable()
export class NotificationWakeUps implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(NotificationWakeUps.name);
  private readonly groupId = `${BroadcastSubscriptions.gateway.groupPrefix}${uuidv7()}`;
  private consumer: Consumer | undefined;
  private listening = false;
  private stopping = false;
  private restart: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: KafkaConnection,
    private readonly streams: LiveStreams,
    private readonly readiness: ReadinessRegistry,
    private readonly indicator: HealthIndicatorService,
  ) {}

  onModuleInit(): void {
    // Not ready before it has joined its group: a stream opened earlier would miss wake-ups until then.
    this.readiness.add(async () => {
      const check = this.indicator.check('live-updates');
      return this.listening ? check.up({ groupId: this.groupId }) : check.down({ groupId: this.groupId, message: 'not listening yet' });
    });
  }

  onApplicationBootstrap(): void {
    void this.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restart);
    this.restart = undefined;
    await this.consumer?.disconnect();
    this.consumer = undefined;
  }

  private async start(): Promise<void> {
    const consumer = this.connection.kafka.consumer({
      groupId: this.groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: 10_000,
      heartbeatInterval: 1_000,
      maxWaitTimeInMs: 500,
    });
    consumer.on(consumer.events.GROUP_JOIN, () => (this.listening = true));
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.listening = false;
      // kafkajs restarts the consumer itself after a retriable error; after any other it stays down.
      if (!payload.restart) this.restartLater(payload.error);
    });
    this.consumer = consumer;
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: [...BroadcastSubscriptions.gateway.topics], fromBeginning: false });
      await consumer.run({ autoCommit: false, eachMessage: async (payload) => this.wakeFor(payload) });
    } catch (error) {
      this.restartLater(error as Error);
    }
  }

  private restartLater(error: Error): void {
    if (this.stopping) return;
    this.logger.error({ err: error, restartInMs: RESTART_AFTER_MS }, 'the live updates consumer stopped; starting a new one');
    const stopped = this.consumer;
    this.consumer = undefined;
    this.restart = setTimeout(() => void stopped?.disconnect().finally(() => this.start()), RESTART_AFTER_MS);
  }

  private wakeFor({ topic, message }: EachMessagePayload): void {
    const decoded = decodeMessage(topic, message.value, (type) => (type === notificationCreatedV1.type ? type : undefined));
    if (decoded.kind === 'rejected')
      this.logger.warn({ topic, offset: message.offset, reason: decoded.reason, error: decoded.error }, 'a wake-up was refused');
    if (decoded.kind !== 'event' || decoded.event.type !== notificationCreatedV1.type) return;
    this.streams.wake(decoded.event.payload.recipientId);
  }
}
