import { z } from 'zod';
import { queryNumberSchema } from '../common/query-number';
import { notificationViewSchema } from './notification-view';

/** The most messages one catch-up read answers; a live stream reads again until it has them all. */
export const NOTIFICATIONS_SINCE_MAX = 100;

/** `?after=<notification id>&limit=`: the caller's messages created after that one. */
export const notificationsSinceQuerySchema = z.object({
  after: z.uuid(),
  limit: queryNumberSchema(z.coerce.number().int().min(1).max(NOTIFICATIONS_SINCE_MAX).default(NOTIFICATIONS_SINCE_MAX)),
});
export type NotificationsSinceQuery = z.output<typeof notificationsSinceQuerySchema>;

/** Oldest first (ids are UUID v7: id order is creation order), at most `limit`. */
export const notificationsSinceSchema = z.object({ items: z.array(notificationViewSchema) });
export type NotificationsSince = z.output<typeof notificationsSinceSchema>;
