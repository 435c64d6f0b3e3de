import { Injectable } from '@nestjs/common';
import { Inbox } from '@waystation/messaging';
import { v7 as uuidv7 } from 'uuid';
import { composeNotification, NotifiableEvent } from './notification-composer';
import { Notification } from './notification.entity';

/** Stores the in-app notification an event calls for, once per event. */
@Injectable()
export class NotificationDelivery {
  constructor(private readonly inbox: Inbox) {}

  async deliver(event: NotifiableEvent): Promise<void> {
    const composed = composeNotification(event);
    await this.inbox.processOnce(event, async (manager) => {
      const notification = manager.create(Notification, {
        id: uuidv7(),
        ...composed,
        sourceEventId: event.id,
        createdAt: new Date(),
        readAt: null,
      });
      await manager.insert(Notification, notification);
    });
  }
}
