import { Injectable } from '@nestjs/common';
import { Inbox, Outbox } from '@waystation/messaging';
import { v7 as uuidv7 } from 'uuid';
import { rememberReporters } from '../report-progress/report-reporters';
import { composeNotification, NotifiableEvent, tellsAPerson } from './notification-composer';
import { Notification } from './notification.entity';
import { storeNotifications } from './store-notifications';

/**
 * Stores the in-app notifications events call for, once per event, for accounts that are not closed; remembers each
 * confirmed report's reporter for the department events that follow. A report a city system filed over Open311
 * has no person to tell, so neither is done for it.
 */
@Injectable()
export class NotificationDelivery {
  constructor(
    private readonly inbox: Inbox,
    private readonly outbox: Outbox,
  ) {}

  async deliver(events: NotifiableEvent[]): Promise<void> {
    await this.inbox.processBatchOnce(events, async (manager, fresh) => {
      const addressed = fresh.filter(tellsAPerson);
      await rememberReporters(manager, addressed);
      const createdAt = new Date();
      const notifications = addressed.map((event) =>
        manager.create(Notification, {
          id: uuidv7(),
          ...composeNotification(event),
          sourceEventId: event.id,
          createdAt,
          readAt: null,
        }),
      );
      await storeNotifications(manager, this.outbox, notifications, fresh);
    });
  }
}
