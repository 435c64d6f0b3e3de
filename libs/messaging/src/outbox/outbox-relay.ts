import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { DATABASE_CONNECTION_OPTIONS, DatabaseConnectionOptions, ReadinessRegistry } from '@waystation/platform';
import { Client } from 'pg';
import { KafkaConnection } from '../kafka/kafka-connection';
import { messagingMetrics } from '../metrics/messaging-metrics';
import { MESSAGING_OPTIONS, MessagingOptions } from '../messaging-options';
import { OutboxPublisher } from './outbox-publisher';
import { outboxStore } from './outbox-store';
import { leaderConnectionConfig, RelayLeadership } from './relay-leadership';
import { WakeableSleep } from './wakeable-sleep';

const RETRY_BACKOFF_MS = { initial: 200, max: 5_000 };
const STANDBY_RECHECK_MS = 2_000;
/** Under the broker's default `message.max.bytes` (1 MiB), with room for the request's own framing. */
const DEFAULT_MAX_REQUEST_BYTES = 512 * 1024;

/** How one round of relaying ended. */
type Round = { kind: 'relayed'; claimed: number } | { kind: 'kafka-unavailable'; error: unknown };

/**
 * Publishes the outbox to Kafka, at least once, in insertion order.
 *
 * Exactly one replica relays at a time (RelayLeadership); a single reader is what keeps each aggregate's events
 * in order. A round claims the oldest pending rows and marks them published in one statement, sends them
 * (OutboxPublisher), and commits; if Kafka is unavailable it rolls back and the same rows go again after a
 * backoff. A row the broker refuses for good is moved to the quarantine in the same transaction, so the rows
 * behind it are not held up. Sequence order is not commit order, so each round takes the oldest pending rows
 * rather than paging past the last one seen.
 */
@Injectable()
export class OutboxRelay implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly idle = new WakeableSleep();
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly leadership: RelayLeadership;
  private readonly publisher: OutboxPublisher;
  private role: 'standby' | 'leader' = 'standby';
  private quarantined = 0;
  private stopping = false;
  private running: Promise<void> | undefined;

  constructor(
    @Inject(DATABASE_CONNECTION_OPTIONS) database: DatabaseConnectionOptions,
    connection: KafkaConnection,
    private readonly readiness: ReadinessRegistry,
    private readonly indicator: HealthIndicatorService,
    @Inject(MESSAGING_OPTIONS) options: MessagingOptions,
  ) {
    this.pollIntervalMs = options.relay?.pollIntervalMs ?? 1_000;
    this.batchSize = options.relay?.batchSize ?? 500;
    this.leadership = new RelayLeadership(
      leaderConnectionConfig(database),
      `waystation.outbox-relay.${options.serviceName}`,
      STANDBY_RECHECK_MS,
    );
    this.publisher = new OutboxPublisher(
      connection.kafka,
      options.serviceName,
      options.relay?.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES,
    );
  }

  onModuleInit(): void {
    // A quarantined row needs a person, not a restart: it is reported, and the service stays in service.
    this.readiness.add(async () => this.indicator.check('outbox').up({ role: this.role, quarantined: this.quarantined }));
  }

  onApplicationBootstrap(): void {
    this.running = this.runUntilStopped();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.idle.wake();
    await this.running;
    await this.publisher.close();
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
      this.role = 'standby';
    }
  }

  private async leadWhileConnected(): Promise<void> {
    const db = await this.leadership.acquire(this.idle, () => this.stopping);
    if (!db) return;
    try {
      db.on('notification', () => this.idle.wake());
      await db.query('LISTEN outbox_pending');
      this.setQuarantined(await outboxStore.quarantined(db));
      this.role = 'leader';
      this.logger.log('outbox relay is the leader');
      let backoff = RETRY_BACKOFF_MS.initial;
      while (!this.stopping) {
        const round = await this.relayRound(db);
        if (round.kind === 'kafka-unavailable') {
          this.logger.warn({ err: round.error }, `publishing the outbox failed, retrying in ${backoff} ms`);
          await this.idle.sleep(backoff);
          backoff = Math.min(backoff * 2, RETRY_BACKOFF_MS.max);
          continue;
        }
        backoff = RETRY_BACKOFF_MS.initial;
        // A short round took everything that was pending. Rows committed since then announced themselves with a
        // NOTIFY, which the sleep keeps, so looking again at once would only find nothing in one more round trip.
        if (round.claimed < this.batchSize) await this.idle.sleep(this.pollIntervalMs);
      }
    } finally {
      await db.end().catch(() => undefined);
    }
  }

  /** One transaction: claim and mark the oldest rows, publish them, quarantine what Kafka refused, commit. */
  private async relayRound(db: Client): Promise<Round> {
    await db.query('BEGIN');
    try {
      const rows = await outboxStore.claimOldest(db, this.batchSize);
      if (rows.length > 0) {
        let refused;
        try {
          ({ refused } = await this.publisher.publish(rows));
        } catch (error) {
          await db.query('ROLLBACK');
          return { kind: 'kafka-unavailable', error };
        }
        await outboxStore.quarantine(db, refused);
        this.setQuarantined(this.quarantined + refused.length);
      }
      await db.query('COMMIT');
      return { kind: 'relayed', claimed: rows.length };
    } catch (error) {
      await db.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  private setQuarantined(count: number): void {
    this.quarantined = count;
    messagingMetrics.outboxQuarantined.set(count);
  }
}
