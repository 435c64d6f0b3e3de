import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { accountRegisteredV1, AccountRegisteredV1 } from '@waystation/contracts';
import { Inbox } from '@waystation/messaging';
import { Ledger } from '../ledger/ledger.service';

/** Opens a points account as soon as a worker registers, so their balance exists before their first credit. */
@Controller()
export class AccountRegisteredHandler {
  constructor(
    private readonly inbox: Inbox,
    private readonly ledger: Ledger,
  ) {}

  @EventPattern(accountRegisteredV1.type)
  async handle(@Payload() event: AccountRegisteredV1): Promise<void> {
    if (event.payload.role !== 'worker') return;
    await this.inbox.processOnce(event, async (manager) => {
      await this.ledger.lockWorkerAccounts(manager, [event.payload.accountId]);
    });
  }
}
