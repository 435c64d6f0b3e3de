import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { Crediting } from './crediting.service';
import { EarningRuleBook } from './earning-rule-book.service';
import { EarningStateReader } from './earning-state.service';
import { ReportEventsHandler } from './report-events.handler';
import { StationActivityHandler } from './station-activity.handler';

@Module({
  imports: [LedgerModule],
  controllers: [ReportEventsHandler, StationActivityHandler],
  providers: [Crediting, EarningRuleBook, EarningStateReader],
})
export class EarningModule {}
