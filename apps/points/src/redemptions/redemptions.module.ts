import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LedgerModule } from '../ledger/ledger.module';
import { RedemptionDesk } from './redemption-desk.service';
import { RedemptionExpiry } from './redemption-expiry.service';
import { RedemptionExpiryScheduler } from './redemption-expiry.scheduler';
import { RedemptionRefunds } from './redemption-refunds.service';
import { REDEMPTION_SETTINGS, RedemptionSettings } from './redemption-settings';
import { Redemption } from './redemption.entity';
import { RedemptionsController } from './redemptions.controller';

/** Redeeming points for rewards, the hand-over at the station, and the expiry of uncollected redemptions. */
@Module({})
export class RedemptionsModule {
  static forRoot(settings: RedemptionSettings): DynamicModule {
    return {
      module: RedemptionsModule,
      imports: [LedgerModule, TypeOrmModule.forFeature([Redemption])],
      controllers: [RedemptionsController],
      providers: [
        { provide: REDEMPTION_SETTINGS, useValue: settings },
        RedemptionDesk,
        RedemptionRefunds,
        RedemptionExpiry,
        RedemptionExpiryScheduler,
      ],
    };
  }
}
