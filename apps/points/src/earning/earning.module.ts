import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LedgerModule } from '../ledger/ledger.module';
import { EarningRule } from './earning-rule.entity';
import { ReportConfirmedHandler } from './report-confirmed.handler';
import { ReportCrediting } from './report-crediting.service';

@Module({
  imports: [TypeOrmModule.forFeature([EarningRule]), LedgerModule],
  controllers: [ReportConfirmedHandler],
  providers: [ReportCrediting],
})
export class EarningModule {}
