import { DynamicModule, Module, Provider } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeadLetterPublisher } from './consumer/dead-letter-publisher';
import { KafkaEventServer } from './consumer/kafka-event-server';
import { Inbox } from './inbox/inbox';
import { InboxMessage } from './inbox/inbox-message.entity';
import { KafkaConnection } from './kafka/kafka-connection';
import { KafkaReadiness } from './kafka/kafka-readiness';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging-options';
import { Outbox } from './outbox/outbox';
import { OutboxMessage } from './outbox/outbox-message.entity';
import { OutboxRelay } from './outbox/outbox-relay';
import { MessagingRetention } from './retention/messaging-retention';

/** Kafka plumbing for a service that owns a database: outbox + relay, and when it consumes, inbox + consumer. */
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingOptions): DynamicModule {
    const consumerProviders: Provider[] = options.consumer ? [Inbox, KafkaEventServer, DeadLetterPublisher] : [];
    return {
      module: MessagingModule,
      global: true,
      imports: [TypeOrmModule.forFeature([OutboxMessage, InboxMessage]), TerminusModule],
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        KafkaConnection,
        KafkaReadiness,
        Outbox,
        OutboxRelay,
        MessagingRetention,
        ...consumerProviders,
      ],
      exports: [Outbox, KafkaConnection, ...consumerProviders],
    };
  }
}
