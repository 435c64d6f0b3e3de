import { INestApplication } from '@nestjs/common';
import { KafkaEventServer } from './kafka-event-server';

/** Connects the service's `@EventPattern` handlers to Kafka (a hybrid app: HTTP and events in one process). */
export async function startEventConsumer(app: INestApplication): Promise<void> {
  app.connectMicroservice({ strategy: app.get(KafkaEventServer) }, { inheritAppConfig: true });
  await app.startAllMicroservices();
}
