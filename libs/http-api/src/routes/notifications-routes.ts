import { idCursorPageQuerySchema, pageSchemaOf } from '../common/page';
import { notificationViewSchema, unreadCountViewSchema } from '../notifications/notification-view';
import { defineRoute } from './route';

/** The notifications service's internal API. */
export const NotificationsRoutes = {
  inbox: defineRoute({
    method: 'GET',
    path: '/notifications',
    query: idCursorPageQuerySchema,
    response: pageSchemaOf(notificationViewSchema),
  }),
  unreadCount: defineRoute({ method: 'GET', path: '/notifications/unread-count', response: unreadCountViewSchema }),
};
