import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { accountClosedV1, AccountClosedV1 } from '@waystation/contracts';
import { BatchEventPattern } from '@waystation/messaging';
import { AccountErasure } from './account-erasure.service';

@Controller()
export class AccountClosedHandler {
  constructor(private readonly erasure: AccountErasure) {}

  @BatchEventPattern(accountClosedV1.type)
  onAccountClosed(@Payload() events: AccountClosedV1[]): Promise<void> {
    return this.erasure.erase(events);
  }
}
