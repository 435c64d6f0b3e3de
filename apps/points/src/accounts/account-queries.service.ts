import { Injectable } from '@nestjs/common';
import { Actor, isStaff, Page, PageRequest, toPage } from '@waystation/contracts';
import { DataSource } from 'typeorm';
import { LedgerAccount } from '../ledger/ledger-account.entity';
import { AccountEntry, Ledger } from '../ledger/ledger.service';
import { PointsExpiry } from '../expiry/points-expiry.service';
import { AccountAccessDeniedError } from './account-access.error';

export interface WorkerBalance {
  workerId: string;
  balance: number;
  pending: number;
  /** Points that expire within the warning days unless spent, and by when. */
  expiringSoon: number;
  expiringBy: Date;
  asOf: Date;
}

/** A worker's balance and history, visible to that worker and to staff only. */
@Injectable()
export class AccountQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: Ledger,
    private readonly expiry: PointsExpiry,
  ) {}

  async balance(actor: Actor, workerId: string): Promise<WorkerBalance> {
    this.authorize(actor, workerId);
    const accountId = await this.findAccountId(workerId);
    const pendingAccountId = await this.findAccountId(workerId, 'worker-pending');
    const balances = await this.ledger.balancesOf(
      this.dataSource.manager,
      [accountId, pendingAccountId].filter((id) => id !== undefined),
    );
    const now = new Date();
    const expiring = accountId
      ? await this.expiry.expiringSoonFor(this.dataSource.manager, accountId, now)
      : { points: 0, by: this.expiry.expiresBy(now) };
    return {
      workerId,
      balance: (accountId && balances.get(accountId)) || 0,
      pending: (pendingAccountId && balances.get(pendingAccountId)) || 0,
      expiringSoon: expiring.points,
      expiringBy: expiring.by,
      asOf: now,
    };
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

  private async findAccountId(workerId: string, kind: 'worker' | 'worker-pending' = 'worker'): Promise<string | undefined> {
    const account = await this.dataSource.getRepository(LedgerAccount).findOneBy({ kind, ownerId: workerId });
    return account?.id;
  }
}
