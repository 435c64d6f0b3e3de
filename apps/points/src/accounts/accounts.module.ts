import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { AccountEventsHandler } from './account-events.handler';
import { AccountQueries } from './account-queries.service';
import { AccountsController } from './accounts.controller';
import { WorkerProfiles } from './worker-profiles.service';

@Module({
  imports: [LedgerModule],
  controllers: [AccountsController, AccountEventsHandler],
  providers: [AccountQueries, WorkerProfiles],
})
export class AccountsModule {}
