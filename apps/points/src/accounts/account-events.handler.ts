import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  accountClosedV1,
  AccountClosedV1,
  accountRegisteredV1,
  AccountRegisteredV1,
  accountUpdatedV1,
  AccountUpdatedV1,
} from '@waystation/contracts';
import { Inbox } from '@waystation/messaging';
import { Ledger } from '../ledger/ledger.service';
import { WorkerProfiles } from './worker-profiles.service';

/**
 * A worker's account as points needs it: a points account opened as soon as they register (so their balance exists
 * before their first credit), and their display name for the leaderboards, kept current and erased at closing.
 */
@Controller()
export class AccountEventsHandler {
  constructor(
    private readonly inbox: Inbox,
    private readonly ledger: Ledger,
    private readonly profiles: WorkerProfiles,
  ) {}

  @EventPattern(accountRegisteredV1.type)
  async registered(@Payload() event: AccountRegisteredV1): Promise<void> {
    if (event.payload.role !== 'worker') return;
    await this.inbox.processOnce(event, async (manager) => {
      await this.ledger.lockWorkerAccounts(manager, [event.payload.accountId]);
      await this.profiles.rename(manager, event.payload.accountId, event.payload.displayName, new Date(event.payload.registeredAt));
    });
  }

  @EventPattern(accountUpdatedV1.type)
  async updated(@Payload() event: AccountUpdatedV1): Promise<void> {
    const { displayName } = event.payload.changes;
    if (displayName === undefined) return;
    await this.inbox.processOnce(event, (manager) =>
      this.profiles.rename(manager, event.payload.accountId, displayName, new Date(event.payload.updatedAt)),
    );
  }

  @EventPattern(accountClosedV1.type)
  async closed(@Payload() event: AccountClosedV1): Promise<void> {
    await this.inbox.processOnce(event, (manager) => this.profiles.erase(manager, event.payload.accountId));
  }
}
