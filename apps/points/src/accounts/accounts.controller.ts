import { Controller, Get, Param, Query } from '@nestjs/common';
import { Actor, BalanceView, Page, PageQueryDto, PointsTransactionView } from '@waystation/http-api';
import { CurrentActor } from '@waystation/platform';
import { AccountQueries } from './account-queries.service';

@Controller('accounts/:workerId')
export class AccountsController {
  constructor(private readonly queries: AccountQueries) {}

  @Get('balance')
  balance(@CurrentActor() actor: Actor, @Param('workerId') workerId: string): Promise<BalanceView> {
    return this.queries.balance(actor, workerId);
  }

  @Get('transactions')
  transactions(
    @CurrentActor() actor: Actor,
    @Param('workerId') workerId: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<PointsTransactionView>> {
    return this.queries.transactions(actor, workerId, query);
  }
}
