import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GatewayConfig } from '../config/gateway.config';
import { ExpiredRowsSweeper } from '../housekeeping/expired-rows-sweeper';
import { PHONE_CODE_SETTINGS, PhoneCodes } from './phone-codes.service';
import { PhoneSignInController } from './phone-sign-in.controller';
import { PhoneSignIn, PRIVACY_NOTICE_VERSION } from './phone-sign-in.service';
import { SmsModule } from './sms/sms.module';
import { WorkerProfile } from './worker-profile.entity';

/** Workers' sign-up and sign-in by phone and one-time code. */
@Module({})
export class PhoneSignInModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: PhoneSignInModule,
      imports: [TypeOrmModule.forFeature([WorkerProfile]), SmsModule.forRoot(config)],
      controllers: [PhoneSignInController],
      providers: [
        PhoneCodes,
        PhoneSignIn,
        ExpiredRowsSweeper,
        { provide: PHONE_CODE_SETTINGS, useValue: config },
        { provide: PRIVACY_NOTICE_VERSION, useValue: config.GATEWAY_PRIVACY_NOTICE_VERSION },
      ],
    };
  }
}
