import { Injectable } from '@nestjs/common';
import { Inbox, Outbox } from '@waystation/messaging';
import { v7 as uuidv7 } from 'uuid';
import type { Locale } from '../notifications/notification-composer';
import { Notification } from '../notifications/notification.entity';
import { storeNotifications } from '../notifications/store-notifications';
import { StaffAlertEvent, staffAlertOf } from './staff-alert';
import { composeStaffAlert } from './staff-alert-composer';

interface Recipient {
  account_id: string;
  language: string;
}

/**
 * Alerts the staff of a report's community (from the staff directory) to a new or overdue report: one inbox
 * message per staff member per event, in the event's inbox transaction. A report outside the map, or in a community
 * nobody serves yet, alerts no one.
 */
@Injectable()
export class StaffAlertDelivery {
  constructor(
    private readonly inbox: Inbox,
    private readonly outbox: Outbox,
  ) {}

  async deliver(events: StaffAlertEvent[]): Promise<void> {
    await this.inbox.processBatchOnce(events, async (manager, fresh) => {
      const createdAt = new Date();
      const notifications: Notification[] = [];
      for (const event of fresh) {
        const alert = staffAlertOf(event);
        if (!alert?.communityCode) continue;
        const staff = await manager.query<Recipient[]>(
          `SELECT account_id, language FROM staff_directory WHERE role = 'community-staff' AND communities @> ARRAY[$1]::text[]`,
          [alert.communityCode],
        );
        for (const { account_id, language } of staff) {
          const message = composeStaffAlert(alert, localeOf(language));
          notifications.push(
            manager.create(Notification, {
              id: uuidv7(),
              recipientId: account_id,
              ...message,
              sourceEventId: event.id,
              createdAt,
              readAt: null,
            }),
          );
        }
      }
      await storeNotifications(manager, this.outbox, notifications, fresh);
    });
  }
}

/** The staff member's language if the composer writes it, else the city's. */
export const localeOf = (language: string): Locale => (language === 'en' ? 'en' : 'zh-CN');
