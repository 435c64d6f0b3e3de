import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page } from '@waystation/contracts';
import {
  MarkNotificationsReadDto,
  NotificationPageDto,
  NotificationsRoutes,
  NotificationView,
  PageQueryDto,
  UnreadCountView,
  UnreadCountViewDto,
} from '@waystation/http-api';
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

  @Post('read')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Mark your notifications read up to the newest you have seen',
    description:
      'Every one of yours up to `upTo` (ids sort by creation) is marked read, once; newer ones stay unread. Answers the unread count.',
  })
  @ApiOkResponse({ type: UnreadCountViewDto.Output })
  @ApiProblems(400, 401, 413, 415)
  async markRead(
    @CallerToken() callerToken: string,
    @Body() body: MarkNotificationsReadDto,
    @CorrelationId() correlationId: string,
  ): Promise<UnreadCountView> {
    return (await this.upstreams.notifications.call(NotificationsRoutes.markRead, { body, callerToken, correlationId })).body;
  }
}
