import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Page } from '@waystation/contracts';
import { NotificationPageDto, NotificationsRoutes, NotificationView, PageQueryDto } from '@waystation/http-api';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { CorrelationId } from '@waystation/platform';
import { CallerToken } from '../identity/caller-token.decorator';
import { Upstreams } from '../upstream/upstreams';

@ApiTags('notifications')
@Controller('api/v1/me/notifications')
export class MyNotificationsController {
  constructor(private readonly upstreams: Upstreams) {}

  @Get()
  @ApiOkResponse({ type: NotificationPageDto.Output, description: 'Newest first' })
  @ApiProblems(400, 401)
  async inbox(
    @CallerToken() callerToken: string,
    @Query() query: PageQueryDto,
    @CorrelationId() correlationId: string,
  ): Promise<Page<NotificationView>> {
    return (await this.upstreams.notifications.call(NotificationsRoutes.inbox, { callerToken, query, correlationId })).body;
  }
}
