import { idCursorPageQuerySchema, pageSchemaOf } from '../common/page';
import { markNotificationsReadSchema, notificationViewSchema, unreadCountViewSchema } from '../notifications/notification-view';
import { notificationsSinceQuerySchema, notificationsSinceSchema } from '../notifications/notifications-since';
import { defineRoute } from './route';

/** The notifications service's internal API. */
export const NotificationsRoutes = {
  inbox: defineRoute({
    method: 'GET',
    path: '/notifications',
    query: idCursorPageQuerySchema,
    response: pageSchemaOf(notificationViewSchema),
  }),
  /** What a live stream has not sent yet: the caller's messages after the last one it sent. */
  since: defineRoute({
    method: 'GET',
    path: '/notifications/since',
    query: notificationsSinceQuerySchema,
    response: notificationsSinceSchema,
  }),
  unreadCount: defineRoute({ method: 'GET', path: '/notifications/unread-count', response: unreadCountViewSchema }),
  /** Marks the caller's messages read up to the one named (ids sort by creation); answers what is still unread. */
  markRead: defineRoute({
    method: 'POST',
    path: '/notifications/read',
    body: markNotificationsReadSchema,
    response: unreadCountViewSchema,
  }),
};
