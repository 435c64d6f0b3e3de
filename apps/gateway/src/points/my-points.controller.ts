import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, BalanceView, BalanceViewDto, Page, PageQueryDto, PointsTransactionPageDto, PointsTransactionView } from '@waystation/http-api';
import { ApiProblems } from '../openapi/api-problems.decorator';
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
  @ApiOkResponse({ type: BalanceViewDto.Output })
  @ApiProblems(401)
  async balance(@Caller() actor: Actor, @CorrelationId() correlationId: string): Promise<BalanceView> {
    const path = `/accounts/${encodeURIComponent(actor.id)}/balance`;
    return (await this.upstreams.points.call<BalanceView>({ method: 'GET', path, actor, correlationId })).body;
  }

  @Get('transactions')
  @ApiOkResponse({ type: PointsTransactionPageDto.Output, description: 'Newest first' })
  @ApiProblems(400, 401)
  async transactions(@Caller() actor: Actor, @Query() query: PageQueryDto, @CorrelationId() correlationId: string): Promise<Page<PointsTransactionView>> {
    const path = `/accounts/${encodeURIComponent(actor.id)}/transactions`;
    return (await this.upstreams.points.call<Page<PointsTransactionView>>({ method: 'GET', path, actor, query, correlationId })).body;
  }
}
