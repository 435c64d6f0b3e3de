import { Injectable } from '@nestjs/common';
import { Inbox } from '@waystation/messaging';
import { v7 as uuidv7 } from 'uuid';
import { composeNotification, NotifiableEvent } from './notification-composer';
import { Notification } from './notification.entity';

/** Stores the in-app notifications events call for, once per event, for accounts that are not closed. */
@Injectable()
export class NotificationDelivery {
  constructor(private readonly inbox: Inbox) {}

  async deliver(events: NotifiableEvent[]): Promise<void> {
    await this.inbox.processBatchOnce(events, async (manager, fresh) => {
      const createdAt = new Date();
      const notifications = fresh.map((event) =>
        manager.create(Notification, {
          id: uuidv7(),
          ...composeNotification(event),
          sourceEventId: event.id,
          createdAt,
          readAt: null,
        }),
      );
      await manager.insert(Notification, notifications);
      // None for a closed account. After the insert, which waits for an erasure in progress (AccountErasure locks
      // the table first), so this statement sees every closure committed before these messages could be.
      await manager.query(
        `DELETE FROM notifications n USING closed_accounts c WHERE n.recipient_id = c.account_id AND n.id = ANY($1::uuid[])`,
        [notifications.map((notification) => notification.id)],
      );
    });
  }
}
