import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WebhookAttempt } from './webhook-attempt.entity';
import { WebhookDeliveryLog } from './webhook-delivery-log.service';
import { WebhookDeliveryScheduler } from './webhook-delivery.scheduler';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookDispatcher } from './webhook-dispatcher.service';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookFanOut } from './webhook-fan-out.service';
import { WebhookRegistry } from './webhook-registry.service';
import { WebhookSecretCipher } from './webhook-secret-cipher';
import { WebhookSender } from './webhook-sender.service';
import { WEBHOOK_SETTINGS, WebhookSettings } from './webhook-settings';
import { WebhooksController } from './webhooks.controller';

/** Departments' signed webhooks: endpoints, one delivery per event and endpoint, retries, the log and replays. */
@Module({})
export class WebhooksModule {
  static forRoot(settings: WebhookSettings): DynamicModule {
    return {
      module: WebhooksModule,
      imports: [TypeOrmModule.forFeature([WebhookEndpoint, WebhookDelivery, WebhookAttempt])],
      controllers: [WebhooksController],
      providers: [
        { provide: WEBHOOK_SETTINGS, useValue: settings },
        { provide: WebhookSecretCipher, useValue: new WebhookSecretCipher(settings.secretKey) },
        WebhookRegistry,
        WebhookDeliveryLog,
        WebhookFanOut,
        WebhookSender,
        WebhookDispatcher,
        WebhookDeliveryScheduler,
      ],
      exports: [WebhookFanOut],
    };
  }
}
