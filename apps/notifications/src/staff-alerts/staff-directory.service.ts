import { Injectable } from '@nestjs/common';
import { AccountRegisteredV1, AccountUpdatedV1 } from '@waystation/contracts';
import { Inbox } from '@waystation/messaging';
import { assertUnreachable } from '@waystation/platform';
import { EntityManager } from 'typeorm';

export type StaffAccountEvent = AccountRegisteredV1 | AccountUpdatedV1;

/**
 * Keeps which staff serve which community (and which stations a station manager runs), from account.registered and account.updated (role and scopes change
 * together). Only accounts with a role other than worker are kept; a change of scopes replaces the communities and stations.
 */
@Injectable()
export class StaffDirectory {
  constructor(private readonly inbox: Inbox) {}

  async apply(events: StaffAccountEvent[]): Promise<void> {
    await this.inbox.processBatchOnce(events, async (manager, fresh) => {
      // In order: a registration and the change after it may arrive in one batch.
      for (const event of fresh) await this.applyOne(manager, event);
    });
  }

  private async applyOne(manager: EntityManager, event: StaffAccountEvent): Promise<void> {
    switch (event.type) {
      case 'account.registered': {
        const { accountId, role, scopes, language, registeredAt } = event.payload;
        if (role === 'worker') return;
        await manager.query(
          `INSERT INTO staff_directory (account_id, role, communities, stations, language, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (account_id) DO NOTHING`,
          [accountId, role, scopes?.communities ?? [], scopes?.stations ?? [], language, registeredAt],
        );
        return;
      }
      case 'account.updated': {
        const { accountId, changes, updatedAt } = event.payload;
        if (!changes.role || !changes.scopes) return;
        if (changes.role === 'worker') {
          await manager.query(`DELETE FROM staff_directory WHERE account_id = $1`, [accountId]);
          return;
        }
        await manager.query(
          `INSERT INTO staff_directory (account_id, role, communities, stations, updated_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (account_id) DO UPDATE
             SET role = EXCLUDED.role, communities = EXCLUDED.communities, stations = EXCLUDED.stations, updated_at = EXCLUDED.updated_at`,
          [accountId, changes.role, changes.scopes.communities, changes.scopes.stations, updatedAt],
        );
        return;
      }
      default:
        return assertUnreachable(event);
    }
  }
}
