import { Injectable } from '@nestjs/common';
import { RedemptionPlacedV1 } from '@waystation/contracts';
import { Inbox, Outbox } from '@waystation/messaging';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { composeNotification } from '../notifications/notification-composer';
import { Notification } from '../notifications/notification.entity';
import { storeNotifications } from '../notifications/store-notifications';
import { composeHandOverAlert } from './hand-over-alert-composer';
import { localeOf } from './staff-alert-delivery.service';

/**
 * A placed redemption tells two people, in one inbox transaction: the worker that it is ready to collect, and each
 * manager of the station holding the stock (from the staff directory) that there is a reward to hand over.
 */
@Injectable()
export class HandOverAlerts {
  constructor(
    private readonly inbox: Inbox,
    private readonly outbox: Outbox,
  ) {}

  async deliver(events: RedemptionPlacedV1[]): Promise<void> {
    await this.inbox.processBatchOnce(events, async (manager, fresh) => {
      const createdAt = new Date();
      const message = (event: RedemptionPlacedV1, composed: Omit<Notification, 'id' | 'sourceEventId' | 'createdAt' | 'readAt'>) =>
        manager.create(Notification, { id: uuidv7(), ...composed, sourceEventId: event.id, createdAt, readAt: null });
      const notifications: Notification[] = [];
      for (const event of fresh) {
        notifications.push(message(event, composeNotification(event)));
        for (const { account_id, language } of await this.managersOf(manager, event.payload.stationId)) {
          notifications.push(message(event, { recipientId: account_id, ...composeHandOverAlert(event, localeOf(language)) }));
        }
      }
      await storeNotifications(manager, this.outbox, notifications, fresh);
    });
  }

  private managersOf(manager: EntityManager, stationId: string): Promise<{ account_id: string; language: string }[]> {
    return manager.query(
      `SELECT account_id, language FROM staff_directory WHERE role = 'station-manager' AND stations @> ARRAY[$1]::text[]`,
      [stationId],
    );
  }
}
