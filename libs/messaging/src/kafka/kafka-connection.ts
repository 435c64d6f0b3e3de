import { Inject, Injectable, Logger } from '@nestjs/common';
import { Kafka, logLevel, LogEntry } from 'kafkajs';
import { MESSAGING_OPTIONS, MessagingOptions } from '../messaging-options';

const IDEMPOTENT_RETRIES_WARNING = 'Limiting retries for the idempotent producer may invalidate EoS guarantees';

/** The service's one kafkajs client; producers, consumers and admin clients are made from it. */
@Injectable()
export class KafkaConnection {
  readonly kafka: Kafka;
  private readonly logger = new Logger('Kafka');

  constructor(@Inject(MESSAGING_OPTIONS) options: MessagingOptions) {
    this.kafka = new Kafka({
      clientId: options.serviceName,
      brokers: options.brokers,
      sasl: options.sasl && { mechanism: 'scram-sha-512', ...options.sasl },
      logLevel: logLevel.WARN,
      logCreator: () => (entry) => this.log(entry),
      retry: { initialRetryTime: 100, maxRetryTime: 2_000, retries: 5 },
    });
  }

  private log({ level, namespace, log }: LogEntry): void {
    const { message, ...extra } = log;
    // Delivery rests on the outbox (rows stay until Kafka acknowledges) and the consumers' inbox, not on the
    // producer retrying forever, so kafkajs's warning about bounded retries says nothing useful here.
    if (message === IDEMPOTENT_RETRIES_WARNING) return;
    const line = { ...extra, namespace, msg: message };
    if (level === logLevel.ERROR) this.logger.error(line);
    else this.logger.warn(line);
  }
}
