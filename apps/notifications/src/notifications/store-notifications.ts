import { AnyEvent, notificationCreatedV1 } from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { EntityManager } from 'typeorm';
import { SERVICE_NAME } from '../service-name';
import { Notification } from './notification.entity';

/**
 * Stores the messages in the caller's transaction, except those to closed accounts, and announces each one kept
 * (`notification.created`, through the outbox in the same transaction) so live streams can push it. `causes` are
 * the events the messages answer (by `sourceEventId`), whose correlation the announcements carry on.
 */
export async function storeNotifications(
  manager: EntityManager,
  outbox: Outbox,
  notifications: Notification[],
  causes: readonly AnyEvent[],
): Promise<void> {
  if (notifications.length === 0) return;
  await manager.insert(Notification, notifications);
  // None for a closed account. After the insert, which waits for an erasure in progress (AccountErasure locks
  // the table first), so this statement sees every closure committed before these messages could be.
  const erased: { id: string }[] = await manager.query(
    `WITH erased AS (DELETE FROM notifications n USING closed_accounts c WHERE n.recipient_id = c.account_id AND n.id = ANY($1::uuid[]) RETURNING n.id)
     SELECT id FROM erased`,
    [notifications.map((notification) => notification.id)],
  );
  const erasedIds = new Set(erased.map(({ id }) => id));
  const causesById = new Map(causes.map((cause) => [cause.id, cause]));
  const announcementOf = (notification: Notification) => {
    const cause = causesById.get(notification.sourceEventId);
    if (!cause) throw new Error(`storeNotifications was not given the event ${notification.sourceEventId} that caused ${notification.id}`);
    return notificationCreatedV1.create({
      aggregateId: notification.id,
      producer: SERVICE_NAME,
      correlationId: cause.correlationId,
      causationId: cause.id,
      payload: { notificationId: notification.id, recipientId: notification.recipientId, createdAt: notification.createdAt.toISOString() },
    });
  };
  await outbox.add(manager, ...notifications.filter((notification) => !erasedIds.has(notification.id)).map(announcementOf));
}
