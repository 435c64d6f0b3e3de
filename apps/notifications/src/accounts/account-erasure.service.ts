import { Injectable } from '@nestjs/common';
import { AccountClosedV1 } from '@waystation/contracts';
import { Inbox } from '@waystation/messaging';
import { ClosedAccount } from './closed-account.entity';
import { Notification } from '../notifications/notification.entity';

/** Erases what notifications keeps about a person who closed their account: their whole inbox. */
@Injectable()
export class AccountErasure {
  constructor(private readonly inbox: Inbox) {}

  async erase(events: AccountClosedV1[]): Promise<void> {
    await this.inbox.processBatchOnce(events, async (manager, fresh) => {
      // Waits for deliveries in flight to commit, so none adds a message after the erasure (NotificationDelivery).
      await manager.query(`LOCK TABLE notifications IN SHARE ROW EXCLUSIVE MODE`);
      await manager
        .createQueryBuilder()
        .insert()
        .into(ClosedAccount)
        .values(fresh.map(({ payload }) => ({ accountId: payload.accountId, closedAt: new Date(payload.closedAt) })))
        .orIgnore()
        .execute();
      await manager
        .createQueryBuilder()
        .delete()
        .from(Notification)
        .where('recipient_id IN (:...ids)', { ids: fresh.map(({ payload }) => payload.accountId) })
        .execute();
    });
  }
}
