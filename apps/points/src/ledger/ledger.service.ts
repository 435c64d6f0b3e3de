import { Injectable } from '@nestjs/common';
import { PointsTransactionView } from '@waystation/http-api';
import { v7 as uuidv7 } from 'uuid';
import { EntityManager } from 'typeorm';
import { LedgerPosting } from './ledger-posting.entity';

export interface PostingRequest {
  debitAccountId: string;
  creditAccountId: string;
  amount: number;
  reason: string;
  referenceId: string | null;
  sourceEventId: string | null;
}

export interface PostedEntry {
  postingId: string;
  postedAt: Date;
}

/** The double-entry points ledger. Every method runs in the caller's transaction. */
@Injectable()
export class Ledger {
  /**
   * Opens the workers' accounts on first use and locks them for the rest of the transaction, so postings to
   * one worker are serialised and a balance read after them is exact. Locks are taken in worker id order, so
   * two transactions locking overlapping sets of workers cannot deadlock. Resolves to account id by worker id.
   */
  async lockWorkerAccounts(manager: EntityManager, workerIds: string[]): Promise<Map<string, string>> {
    const owners = [...new Set(workerIds)].sort();
    const accounts = await manager.query<{ id: string; owner_id: string }[]>(
      `INSERT INTO ledger_accounts (id, kind, owner_id)
       SELECT id, 'worker', owner_id FROM unnest($1::uuid[], $2::text[]) AS account(id, owner_id)
       ON CONFLICT (kind, owner_id) DO UPDATE SET kind = EXCLUDED.kind
       RETURNING id, owner_id`,
      [owners.map(() => uuidv7()), owners],
    );
    return new Map(accounts.map((account) => [account.owner_id, account.id]));
  }

  /** Records the postings in the order given; resolves to them in that order. */
  async post(manager: EntityManager, requests: PostingRequest[]): Promise<PostedEntry[]> {
    for (const { amount } of requests) {
      if (!Number.isSafeInteger(amount) || amount <= 0) {
        throw new RangeError(`A posting moves a positive whole number of points, not ${amount}`);
      }
    }
    const postedAt = new Date();
    const postings = requests.map((request) => manager.create(LedgerPosting, { id: uuidv7(), postedAt, ...request }));
    await manager.insert(LedgerPosting, postings);
    return postings.map((posting) => ({ postingId: posting.id, postedAt: posting.postedAt }));
  }

  async balanceOf(manager: EntityManager, accountId: string): Promise<number> {
    return (await this.balancesOf(manager, [accountId])).get(accountId) ?? 0;
  }

  /** Balance by account id: everything credited to the account minus everything debited from it. */
  async balancesOf(manager: EntityManager, accountIds: string[]): Promise<Map<string, number>> {
    const rows = await manager.query<{ id: string; balance: string }[]>(
      `SELECT account.id,
              (SELECT coalesce(sum(amount), 0) FROM ledger_postings WHERE credit_account_id = account.id)
            - (SELECT coalesce(sum(amount), 0) FROM ledger_postings WHERE debit_account_id = account.id) AS balance
         FROM unnest($1::uuid[]) AS account(id)`,
      [accountIds],
    );
    return new Map(rows.map((row) => [row.id, Number(row.balance)]));
  }

  /** Newest first; `before` is the id of the last posting of the previous page. */
  async history(manager: EntityManager, accountId: string, before: string | null, limit: number): Promise<(PointsTransactionView & { id: string })[]> {
    const rows = await manager.query<{ id: string; amount: number; reason: string; reference_id: string | null; posted_at: Date }[]>(
      `SELECT id, CASE WHEN credit_account_id = $1 THEN amount ELSE -amount END AS amount,
              reason, reference_id, posted_at
         FROM ledger_postings
        WHERE (credit_account_id = $1 OR debit_account_id = $1) AND ($2::uuid IS NULL OR id < $2::uuid)
        ORDER BY id DESC
        LIMIT $3`,
      [accountId, before, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      amount: Number(row.amount),
      reason: row.reason,
      referenceId: row.reference_id,
      createdAt: row.posted_at.toISOString(),
    }));
  }
}
