import { Controller, HttpCode, HttpStatus } from '@nestjs/common';
import { Actor, mapPage, Page } from '@waystation/contracts';
import {
  NotificationsRoutes,
  NotificationsSince,
  NotificationView,
  RouteBodyOf,
  RouteQueryOf,
  UnreadCountView,
} from '@waystation/http-api';
import { CurrentActor, RouteBody, RouteEndpoint, RouteQuery } from '@waystation/platform';
import { NotificationQueries } from './notification-queries.service';
import { NotificationReadMarker } from './notification-read-marker.service';
import { toNotificationView } from './notification-view.mapper';

@Controller()
export class NotificationsController {
  constructor(
    private readonly queries: NotificationQueries,
    private readonly readMarker: NotificationReadMarker,
  ) {}

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

  @RouteEndpoint(NotificationsRoutes.markRead)
  @HttpCode(HttpStatus.OK)
  async markRead(
    @CurrentActor() actor: Actor,
    @RouteBody(NotificationsRoutes.markRead) { upTo }: RouteBodyOf<typeof NotificationsRoutes.markRead>,
  ): Promise<UnreadCountView> {
    return { count: await this.readMarker.markReadUpTo(actor, upTo) };
  }
}
