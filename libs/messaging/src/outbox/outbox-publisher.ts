import { Logger } from '@nestjs/common';
import { MessageHeaders, topicSpecsOwnedBy } from '@waystation/contracts';
import { CompressionTypes, Kafka, Message, Partitioners, Producer } from 'kafkajs';
import { ensureTopics } from '../kafka/ensure-topics';
import { messagingMetrics } from '../metrics/messaging-metrics';
import { byteBoundedChunks } from './byte-bounded-chunks';
import { OutboxRow } from './outbox-row';
import { publishFailureOf } from './publish-failure';

/** What a record costs in a produce request beyond its key, value and headers (offsets, lengths, attributes). */
const RECORD_OVERHEAD_BYTES = 64;

interface OutgoingMessage {
  row: OutboxRow;
  message: Message;
  bytes: number;
}

export interface PublishOutcome {
  /** Rows the broker refused for good when sent alone, with its reason: they go to the quarantine. */
  refused: { row: OutboxRow; reason: string }[];
}

/**
 * Sends outbox rows to Kafka in order, in produce requests bounded by bytes (the broker refuses a request over
 * its `message.max.bytes`) as well as by count. Throws when the broker is unavailable: the caller keeps the rows
 * pending and tries again.
 */
export class OutboxPublisher {
  private readonly logger = new Logger(OutboxPublisher.name);
  private producer: Producer | undefined;

  constructor(
    private readonly kafka: Kafka,
    private readonly serviceName: string,
    private readonly maxRequestBytes: number,
  ) {}

  async publish(rows: OutboxRow[]): Promise<PublishOutcome> {
    const producer = (this.producer ??= await this.connect());
    const outgoing = rows.map((row) => this.toMessage(row));
    const refused: PublishOutcome['refused'] = [];
    try {
      for (const chunk of byteBoundedChunks(outgoing, (item) => item.bytes, this.maxRequestBytes)) {
        await this.sendOrSingleOut(producer, chunk, refused);
      }
    } catch (error) {
      await this.close();
      throw error;
    }
    const now = Date.now();
    const quarantined = new Set(refused.map(({ row }) => row.id));
    for (const row of rows.filter(({ id }) => !quarantined.has(id))) {
      messagingMetrics.eventsPublished.inc({ type: row.event_type });
      messagingMetrics.publishDelay.observe((now - row.created_at.getTime()) / 1_000);
    }
    return { refused };
  }

  async close(): Promise<void> {
    const producer = this.producer;
    this.producer = undefined;
    await producer?.disconnect().catch(() => undefined);
  }

  /**
   * Sends a chunk; if the broker refuses its records, sends them one by one, in order, so only the row that
   * cannot go is held back.
   */
  private async sendOrSingleOut(producer: Producer, chunk: OutgoingMessage[], refused: PublishOutcome['refused']): Promise<void> {
    try {
      await send(producer, chunk);
      return;
    } catch (error) {
      const failure = publishFailureOf(error);
      if (failure.kind !== 'message-refused') throw error;
      if (chunk.length === 1) {
        const reason = `${failure.code}: ${(error as Error).message}`;
        refused.push({ row: chunk[0].row, reason });
        this.logger.error(
          { eventId: chunk[0].row.id, type: chunk[0].row.event_type, bytes: chunk[0].bytes, reason },
          'Kafka refused an outbox row for good',
        );
        return;
      }
    }
    for (const single of chunk) await this.sendOrSingleOut(producer, [single], refused);
  }

  private toMessage(row: OutboxRow): OutgoingMessage {
    const message: Message = {
      key: row.message_key,
      value: JSON.stringify(row.envelope),
      headers: {
        [MessageHeaders.type]: row.event_type,
        [MessageHeaders.version]: String(row.event_version),
        [MessageHeaders.correlationId]: row.envelope.correlationId,
        [MessageHeaders.producer]: this.serviceName,
      },
    };
    const headerBytes = Object.entries(message.headers ?? {}).reduce(
      (sum, [name, value]) => sum + name.length + Buffer.byteLength(String(value)),
      0,
    );
    const bytes = RECORD_OVERHEAD_BYTES + Buffer.byteLength(row.message_key) + Buffer.byteLength(message.value as string) + headerBytes;
    return { row, message, bytes };
  }

  private async connect(): Promise<Producer> {
    const producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
    await producer.connect();
    try {
      await ensureTopics(this.kafka, topicSpecsOwnedBy(this.serviceName));
    } catch (error) {
      await producer.disconnect().catch(() => undefined);
      throw error;
    }
    return producer;
  }
}

async function send(producer: Producer, chunk: OutgoingMessage[]): Promise<void> {
  const byTopic = new Map<string, Message[]>();
  for (const { row, message } of chunk) {
    const messages = byTopic.get(row.topic) ?? [];
    messages.push(message);
    byTopic.set(row.topic, messages);
  }
  await producer.sendBatch({
    acks: -1,
    compression: CompressionTypes.None,
    topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
  });
}
