import { Controller, Get, Query } from '@nestjs/common';
import { Actor, NotificationView, Page, PageQueryDto } from '@waystation/http-api';
import { CurrentActor } from '@waystation/platform';
import { NotificationQueries } from './notification-queries.service';

@Controller('notifications')
export class NotificationsController {
  constructor(private readonly queries: NotificationQueries) {}

  @Get()
  inbox(@CurrentActor() actor: Actor, @Query() query: PageQueryDto): Promise<Page<NotificationView>> {
    return this.queries.inbox(actor, query);
  }
}
