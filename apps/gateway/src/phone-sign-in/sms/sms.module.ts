import { DynamicModule, Module } from '@nestjs/common';
import { GatewayConfig } from '../../config/gateway.config';
import { DevSmsSender } from './dev-sms-sender';
import { HttpSmsSender } from './http-sms-sender';
import { SmsSender } from './sms-sender';

/** The SMS provider GATEWAY_SMS_PROVIDER names. */
@Module({})
export class SmsModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: SmsModule,
      providers: [{ provide: SmsSender, useFactory: () => smsSenderFor(config) }],
      exports: [SmsSender],
    };
  }
}

function smsSenderFor(config: GatewayConfig): SmsSender {
  switch (config.GATEWAY_SMS_PROVIDER) {
    case 'dev':
      return new DevSmsSender(config.GATEWAY_SMS_DEV_OUTBOX);
    case 'http':
      // The configuration refuses `http` without both (gateway.config.ts).
      return new HttpSmsSender(config.GATEWAY_SMS_HTTP_URL ?? '', config.GATEWAY_SMS_HTTP_KEY ?? '', config.UPSTREAM_TIMEOUT_MS);
  }
}
