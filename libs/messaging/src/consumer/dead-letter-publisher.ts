import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { DeadLetterHeaders } from '@waystation/contracts';
import { KafkaMessage, Partitioners, Producer } from 'kafkajs';
import { KafkaConnection } from '../kafka/kafka-connection';

export type DeadLetterReason = 'malformed-json' | 'invalid-envelope' | 'forged-producer' | 'invalid-event' | 'handler-failed';

export interface DeadLetter {
  /** Where it goes: `<topic>.dlq.<group>`, or a plain topic's own dead-letter topic. */
  deadLetterTopic: string;
  topic: string;
  partition: number;
  groupId: string;
  message: KafkaMessage;
  reason: DeadLetterReason;
  /** The refusal's stable code: the domain error's (`report-not-found`), else the reason. */
  code: string;
  error: string;
}

/**
 * Parks a message that cannot be processed in its dead-letter topic: the original key, value and headers, plus
 * headers saying why, where it came from and when.
 */
@Injectable()
export class DeadLetterPublisher implements OnApplicationShutdown {
  private producer: Promise<Producer> | undefined;

  constructor(private readonly connection: KafkaConnection) {}

  async publish({ deadLetterTopic, topic, partition, groupId, message, reason, code, error }: DeadLetter): Promise<void> {
    const producer = await (this.producer ??= this.connect());
    await producer.send({
      topic: deadLetterTopic,
      acks: -1,
      messages: [
        {
          key: message.key,
          value: message.value,
          headers: {
            ...message.headers,
            [DeadLetterHeaders.reason]: reason,
            [DeadLetterHeaders.code]: code,
            [DeadLetterHeaders.error]: error.slice(0, 4_000),
            [DeadLetterHeaders.originalTopic]: topic,
            [DeadLetterHeaders.originalPartition]: String(partition),
            [DeadLetterHeaders.originalOffset]: message.offset,
            [DeadLetterHeaders.consumerGroup]: groupId,
            [DeadLetterHeaders.failedAt]: new Date().toISOString(),
          },
        },
      ],
    });
  }

  async onApplicationShutdown(): Promise<void> {
    const producer = await this.producer?.catch(() => undefined);
    await producer?.disconnect();
  }

  private async connect(): Promise<Producer> {
    const producer = this.connection.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    try {
      await producer.connect();
      return producer;
    } catch (error) {
      this.producer = undefined;
      throw error;
    }
  }
}
