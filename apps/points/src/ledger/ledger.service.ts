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
   * Opens the worker's account on first use and locks it for the rest of the transaction, so postings to one
   * worker are serialised and a balance read after them is exact.
   */
  async lockWorkerAccount(manager: EntityManager, workerId: string): Promise<string> {
    const [account] = await manager.query<{ id: string }[]>(
      `INSERT INTO ledger_accounts (id, kind, owner_id) VALUES ($1, 'worker', $2)
       ON CONFLICT (kind, owner_id) DO UPDATE SET kind = EXCLUDED.kind
       RETURNING id`,
      [uuidv7(), workerId],
    );
    return account.id;
  }

  async post(manager: EntityManager, request: PostingRequest): Promise<PostedEntry> {
    if (!Number.isSafeInteger(request.amount) || request.amount <= 0) {
      throw new RangeError(`A posting moves a positive whole number of points, not ${request.amount}`);
    }
    const posting = manager.create(LedgerPosting, { id: uuidv7(), postedAt: new Date(), ...request });
    await manager.insert(LedgerPosting, posting);
    return { postingId: posting.id, postedAt: posting.postedAt };
  }

  async balanceOf(manager: EntityManager, accountId: string): Promise<number> {
    const [{ balance }] = await manager.query<{ balance: string }[]>(
      `SELECT (SELECT coalesce(sum(amount), 0) FROM ledger_postings WHERE credit_account_id = $1)
            - (SELECT coalesce(sum(amount), 0) FROM ledger_postings WHERE debit_account_id = $1) AS balance`,
      [accountId],
    );
    return Number(balance);
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
