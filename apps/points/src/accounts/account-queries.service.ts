import { Injectable } from '@nestjs/common';
import { Actor, isStaff, Page, PageRequest, toPage } from '@waystation/contracts';
import { DataSource } from 'typeorm';
import { LedgerAccount } from '../ledger/ledger-account.entity';
import { AccountEntry, Ledger } from '../ledger/ledger.service';
import { AccountAccessDeniedError } from './account-access.error';

export interface WorkerBalance {
  workerId: string;
  balance: number;
  asOf: Date;
}

/** A worker's balance and history, visible to that worker and to staff only. */
@Injectable()
export class AccountQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: Ledger,
  ) {}

  async balance(actor: Actor, workerId: string): Promise<WorkerBalance> {
    this.authorize(actor, workerId);
    const accountId = await this.findAccountId(workerId);
    const balance = accountId ? await this.ledger.balanceOf(this.dataSource.manager, accountId) : 0;
    return { workerId, balance, asOf: new Date() };
  }

  async transactions(actor: Actor, workerId: string, { cursor, limit }: PageRequest): Promise<Page<AccountEntry>> {
    this.authorize(actor, workerId);
    const accountId = await this.findAccountId(workerId);
    if (!accountId) return { items: [], nextCursor: null };
    const rows = await this.ledger.history(this.dataSource.manager, accountId, cursor ?? null, limit + 1);
    return toPage(
      rows,
      limit,
      (row) => row,
      (row) => row.id,
    );
  }

  private authorize(actor: Actor, workerId: string): void {
    if (actor.id !== workerId && !isStaff(actor)) throw new AccountAccessDeniedError();
  }

  private async findAccountId(workerId: string): Promise<string | undefined> {
    const account = await this.dataSource.getRepository(LedgerAccount).findOneBy({ kind: 'worker', ownerId: workerId });
    return account?.id;
  }
}
