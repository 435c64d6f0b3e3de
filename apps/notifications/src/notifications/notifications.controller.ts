import { Controller, Get, Query } from '@nestjs/common';
import { Actor, NotificationView, Page, idCursorPageQuerySchema } from '@waystation/http-api';
import { CurrentActor } from '@waystation/platform';
import { createZodDto } from 'nestjs-zod';
import { NotificationQueries } from './notification-queries.service';

class InboxQueryDto extends createZodDto(idCursorPageQuerySchema) {}

@Controller('notifications')
export class NotificationsController {
  constructor(private readonly queries: NotificationQueries) {}

  @Get()
  inbox(@CurrentActor() actor: Actor, @Query() query: InboxQueryDto): Promise<Page<NotificationView>> {
    return this.queries.inbox(actor, query);
  }
}
