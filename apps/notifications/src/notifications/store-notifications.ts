import { EntityManager } from 'typeorm';
import { Notification } from './notification.entity';

/** Stores the messages in the caller's transaction, except those to closed accounts. */
export async function storeNotifications(manager: EntityManager, notifications: Notification[]): Promise<void> {
  if (notifications.length === 0) return;
  await manager.insert(Notification, notifications);
  // None for a closed account. After the insert, which waits for an erasure in progress (AccountErasure locks
  // the table first), so this statement sees every closure committed before these messages could be.
  await manager.query(
    `DELETE FROM notifications n USING closed_accounts c WHERE n.recipient_id = c.account_id AND n.id = ANY($1::uuid[])`,
    [notifications.map((notification) => notification.id)],
  );
}
