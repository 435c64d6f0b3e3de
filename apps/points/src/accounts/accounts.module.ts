import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { AccountQueries } from './account-queries.service';
import { AccountRegisteredHandler } from './account-registered.handler';
import { AccountsController } from './accounts.controller';

@Module({
  imports: [LedgerModule],
  controllers: [AccountsController, AccountRegisteredHandler],
  providers: [AccountQueries],
})
export class AccountsModule {}
