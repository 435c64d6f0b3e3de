import { DynamicModule, Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { EXPIRY_SETTINGS, ExpirySettings } from './expiry-settings';
import { PointsExpiryScheduler } from './points-expiry.scheduler';
import { PointsExpiry } from './points-expiry.service';

/** Points expire oldest first, with a warning before. Global: the balance view tells what expires soon. */
@Module({})
export class ExpiryModule {
  static forRoot(settings: ExpirySettings): DynamicModule {
    return {
      module: ExpiryModule,
      global: true,
      imports: [LedgerModule],
      providers: [{ provide: EXPIRY_SETTINGS, useValue: settings }, PointsExpiry, PointsExpiryScheduler],
      exports: [PointsExpiry],
    };
  }
}
