import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Page } from '@waystation/contracts';
import { NotificationPageDto, NotificationsRoutes, NotificationView, PageQueryDto } from '@waystation/http-api';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { CorrelationId } from '@waystation/platform';
import { Caller } from '../identity/caller.decorator';
import { Upstreams } from '../upstream/upstreams';

@ApiTags('notifications')
@Controller('api/v1/me/notifications')
export class MyNotificationsController {
  constructor(private readonly upstreams: Upstreams) {}

  @Get()
  @ApiOkResponse({ type: NotificationPageDto.Output, description: 'Newest first' })
  @ApiProblems(400, 401)
  async inbox(
    @Caller() actor: Actor,
    @Query() query: PageQueryDto,
    @CorrelationId() correlationId: string,
  ): Promise<Page<NotificationView>> {
    return (await this.upstreams.notifications.call(NotificationsRoutes.inbox, { actor, query, correlationId })).body;
  }
}
