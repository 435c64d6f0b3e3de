import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { topicSpecsOwnedBy } from '@waystation/contracts';
import { CompressionTypes, Message, Partitioners, Producer } from 'kafkajs';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { ensureTopics } from '../kafka/ensure-topics';
import { KafkaConnection } from '../kafka/kafka-connection';
import { messagingMetrics } from '../metrics/messaging-metrics';
import { MESSAGING_OPTIONS, MessagingOptions } from '../messaging-options';
import { WakeableSleep } from './wakeable-sleep';

interface PendingRow {
  id: string;
  topic: string;
  message_key: string;
  event_type: string;
  event_version: number;
  envelope: { correlationId: string; occurredAt: string };
  created_at: Date;
}

const RETRY_BACKOFF_MS = { initial: 200, max: 5_000 };
const STANDBY_RECHECK_MS = 2_000;

/**
 * Publishes the outbox to Kafka, at least once, in insertion order.
 *
 * Exactly one replica relays at a time: the leader holds a PostgreSQL advisory lock on its own connection
 * (released by the server if that connection dies) and the others stand by. A single reader is what keeps
 * each aggregate's events in order; replicas skipping each other's locked rows would reorder them. The
 * leader always reads the oldest unpublished rows rather than paging past a last-seen sequence number,
 * because sequence order is not commit order: a row can become visible after a higher one.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly idle = new WakeableSleep();
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly lockKey: string;
  private stopping = false;
  private running: Promise<void> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly connection: KafkaConnection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {
    this.pollIntervalMs = options.relay?.pollIntervalMs ?? 1_000;
    this.batchSize = options.relay?.batchSize ?? 500;
    this.lockKey = `waystation.outbox-relay.${options.serviceName}`;
  }

  onApplicationBootstrap(): void {
    this.running = this.runUntilStopped();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.idle.wake();
    await this.running;
  }

  private async runUntilStopped(): Promise<void> {
    let backoff = RETRY_BACKOFF_MS.initial;
    while (!this.stopping) {
      try {
        await this.leadWhileConnected();
        backoff = RETRY_BACKOFF_MS.initial;
      } catch (error) {
        this.logger.warn({ err: error }, `outbox relay interrupted, retrying in ${backoff} ms`);
        await this.idle.sleep(backoff);
        backoff = Math.min(backoff * 2, RETRY_BACKOFF_MS.max);
      }
    }
  }

  private async leadWhileConnected(): Promise<void> {
    const db = new Client({ connectionString: (this.dataSource.options as PostgresConnectionOptions).url });
    db.on('notification', () => this.idle.wake());
    db.on('error', (error) => this.logger.warn({ err: error }, 'outbox relay connection error'));
    await db.connect();
    let producer: Producer | undefined;
    try {
      if (!(await this.becomeLeader(db))) return;
      await db.query('LISTEN outbox_pending');
      this.logger.log('outbox relay is the leader');
      let backoff = RETRY_BACKOFF_MS.initial;
      while (!this.stopping) {
        const rows = await this.pendingRows(db);
        if (rows.length === 0) {
          await this.idle.sleep(this.pollIntervalMs);
          continue;
        }
        try {
          producer ??= await this.connectProducer();
          await this.publish(producer, rows);
          backoff = RETRY_BACKOFF_MS.initial;
        } catch (error) {
          // Kafka is unreachable or refused the batch: the rows stay pending and go again, in order.
          this.logger.warn({ err: error, pending: rows.length }, `publishing the outbox failed, retrying in ${backoff} ms`);
          await producer?.disconnect().catch(() => undefined);
          producer = undefined;
          await this.idle.sleep(backoff);
          backoff = Math.min(backoff * 2, RETRY_BACKOFF_MS.max);
          continue;
        }
        await db.query('UPDATE outbox_messages SET published_at = now() WHERE id = ANY($1::uuid[])', [
          rows.map((row) => row.id),
        ]);
        // A short batch took everything that was pending. Rows committed since then announced themselves with a
        // NOTIFY, which the sleep keeps, so looking again now would only find nothing in one more round trip.
        if (rows.length < this.batchSize) await this.idle.sleep(this.pollIntervalMs);
      }
    } finally {
      await producer?.disconnect().catch(() => undefined);
      await db.end().catch(() => undefined);
    }
  }

  /** Waits as a stand-by until this replica holds the lock, or the app stops. */
  private async becomeLeader(db: Client): Promise<boolean> {
    while (!this.stopping) {
      const { rows } = await db.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked',
        [this.lockKey],
      );
      if (rows[0].locked) return true;
      await this.idle.sleep(STANDBY_RECHECK_MS);
    }
    return false;
  }

  private async pendingRows(db: Client): Promise<PendingRow[]> {
    const { rows } = await db.query<PendingRow>(
      `SELECT id, topic, message_key, event_type, event_version, envelope, created_at
         FROM outbox_messages WHERE published_at IS NULL ORDER BY seq LIMIT $1`,
      [this.batchSize],
    );
    return rows;
  }

  private async connectProducer(): Promise<Producer> {
    const producer = this.connection.kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    await ensureTopics(this.connection.kafka, topicSpecsOwnedBy(this.options.serviceName));
    return producer;
  }

  private async publish(producer: Producer, rows: PendingRow[]): Promise<void> {
    const byTopic = new Map<string, Message[]>();
    for (const row of rows) {
      const messages = byTopic.get(row.topic) ?? [];
      messages.push({
        key: row.message_key,
        value: JSON.stringify(row.envelope),
        headers: {
          type: row.event_type,
          version: String(row.event_version),
          'correlation-id': row.envelope.correlationId,
          producer: this.options.serviceName,
        },
      });
      byTopic.set(row.topic, messages);
    }
    await producer.sendBatch({
      acks: -1,
      compression: CompressionTypes.None,
      topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
    });
    const now = Date.now();
    for (const row of rows) {
      messagingMetrics.eventsPublished.inc({ type: row.event_type });
      messagingMetrics.publishDelay.observe((now - row.created_at.getTime()) / 1_000);
    }
  }
}
