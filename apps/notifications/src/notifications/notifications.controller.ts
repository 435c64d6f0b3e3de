import { Controller } from '@nestjs/common';
import { Actor, mapPage, Page } from '@waystation/contracts';
import { NotificationsRoutes, NotificationsSince, NotificationView, RouteQueryOf, UnreadCountView } from '@waystation/http-api';
import { CurrentActor, RouteEndpoint, RouteQuery } from '@waystation/platform';
import { NotificationQueries } from './notification-queries.service';
import { toNotificationView } from './notification-view.mapper';

@Controller()
export class NotificationsController {
  constructor(private readonly queries: NotificationQueries) {}

  @RouteEndpoint(NotificationsRoutes.inbox)
  async inbox(
    @CurrentActor() actor: Actor,
    @RouteQuery(NotificationsRoutes.inbox) query: RouteQueryOf<typeof NotificationsRoutes.inbox>,
  ): Promise<Page<NotificationView>> {
    return mapPage(await this.queries.inbox(actor, query), toNotificationView);
  }

  @RouteEndpoint(NotificationsRoutes.since)
  async since(
    @CurrentActor() actor: Actor,
    @RouteQuery(NotificationsRoutes.since) { after, limit }: RouteQueryOf<typeof NotificationsRoutes.since>,
  ): Promise<NotificationsSince> {
    return { items: (await this.queries.since(actor, after, limit)).map(toNotificationView) };
  }

  @RouteEndpoint(NotificationsRoutes.unreadCount)
  async unreadCount(@CurrentActor() actor: Actor): Promise<UnreadCountView> {
    return { count: await this.queries.unreadCount(actor) };
  }
}
