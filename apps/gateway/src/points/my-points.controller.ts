import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Actor, BalanceView, Page, PageQueryDto, PointsTransactionView } from '@waystation/http-api';
import { CorrelationId } from '@waystation/platform';
import { Caller } from '../identity/caller.decorator';
import { IdentityGuard } from '../identity/identity.guard';
import { Upstreams } from '../upstream/upstreams';

/** The caller's own points: the account is always the caller's, so no worker can read another's. */
@ApiTags('points')
@UseGuards(IdentityGuard)
@Controller('api/v1/me/points')
export class MyPointsController {
  constructor(private readonly upstreams: Upstreams) {}

  @Get()
  async balance(@Caller() actor: Actor, @CorrelationId() correlationId: string): Promise<BalanceView> {
    const path = `/accounts/${encodeURIComponent(actor.id)}/balance`;
    return (await this.upstreams.points.call<BalanceView>({ method: 'GET', path, actor, correlationId })).body;
  }

  @Get('transactions')
  async transactions(@Caller() actor: Actor, @Query() query: PageQueryDto, @CorrelationId() correlationId: string): Promise<Page<PointsTransactionView>> {
    const path = `/accounts/${encodeURIComponent(actor.id)}/transactions`;
    return (await this.upstreams.points.call<Page<PointsTransactionView>>({ method: 'GET', path, actor, query, correlationId })).body;
  }
}
