import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LedgerAccount } from './ledger-account.entity';
import { LedgerPosting } from './ledger-posting.entity';
import { Ledger } from './ledger.service';

@Module({
  imports: [TypeOrmModule.forFeature([LedgerAccount, LedgerPosting])],
  providers: [Ledger],
  exports: [Ledger],
})
export class LedgerModule {}
