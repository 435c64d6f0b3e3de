import { Inject, Injectable, Logger } from '@nestjs/common';
import { Kafka, logLevel, LogEntry } from 'kafkajs';
import { MESSAGING_OPTIONS, MessagingOptions } from '../messaging-options';

/** The service's one kafkajs client; producers, consumers and admin clients are made from it. */
@Injectable()
export class KafkaConnection {
  readonly kafka: Kafka;
  private readonly logger = new Logger('Kafka');

  constructor(@Inject(MESSAGING_OPTIONS) options: MessagingOptions) {
    this.kafka = new Kafka({
      clientId: options.serviceName,
      brokers: options.brokers,
      logLevel: logLevel.WARN,
      logCreator: () => (entry) => this.log(entry),
      retry: { initialRetryTime: 100, maxRetryTime: 2_000, retries: 5 },
    });
  }

  private log({ level, namespace, log }: LogEntry): void {
    const { message, ...extra } = log;
    const line = { ...extra, namespace, msg: message };
    if (level === logLevel.ERROR) this.logger.error(line);
    else this.logger.warn(line);
  }
}
