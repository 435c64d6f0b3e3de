import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { EntityManager } from 'typeorm';
import { ISSUANCE_ACCOUNT_ID } from './system-accounts';

export interface PostingRequest {
  /** What the posting pays for, deterministically (`report.confirmed:<reportId>`): the ledger posts each key once. */
  creditKey: string;
  debitAccountId: string;
  creditAccountId: string;
  amount: number;
  reason: string;
  referenceId: string | null;
  sourceEventId: string | null;
  /** On an earning: the rule version that set the amount, and when the fact it pays for happened. */
  ruleVersionId?: string;
  earnedAt?: Date;
  /** On an earning or a reservation: the community it is charged to and the report category, where there is one. */
  communityCode?: string | null;
  categoryCode?: string | null;
  /** On a reversal or refund: the posting it reverses. */
  reversesPostingId?: string;
  /** On a manual adjustment: the city office's reason, which the worker reads. */
  note?: string;
}

/** A posting as one account sees it: positive when it credited the account, negative when it debited it. */
export interface AccountEntry {
  id: string;
  amount: number;
  reason: string;
  referenceId: string | null;
  note: string | null;
  postedAt: Date;
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
  lockWorkerAccounts(manager: EntityManager, workerIds: string[]): Promise<Map<string, string>> {
    return this.lockOwnedAccounts(manager, 'worker', workerIds);
  }

  /** The same for the workers' pending accounts (points reserved, not yet earned). */
  lockPendingAccounts(manager: EntityManager, workerIds: string[]): Promise<Map<string, string>> {
    return this.lockOwnedAccounts(manager, 'worker-pending', workerIds);
  }

  /**
   * The budget account of each community, opened on first use and not locked: its balance is derived, so
   * concurrent credits in one community never queue on it. A null community is charged to the issuance account.
   */
  async budgetAccounts(manager: EntityManager, communityCodes: (string | null)[]): Promise<Map<string | null, string>> {
    const codes = [...new Set(communityCodes.filter((code): code is string => code !== null))].sort();
    await manager.query(
      `INSERT INTO ledger_accounts (id, kind, owner_id)
       SELECT id, 'community-budget', owner_id FROM unnest($1::uuid[], $2::text[]) AS account(id, owner_id)
       ON CONFLICT (kind, owner_id) DO NOTHING`,
      [codes.map(() => uuidv7()), codes],
    );
    const accounts = await manager.query<{ id: string; owner_id: string }[]>(
      `SELECT id, owner_id FROM ledger_accounts WHERE kind = 'community-budget' AND owner_id = ANY($1::text[])`,
      [codes],
    );
    return new Map<string | null, string>([
      [null, ISSUANCE_ACCOUNT_ID],
      ...accounts.map((account): [string, string] => [account.owner_id, account.id]),
    ]);
  }

  private async lockOwnedAccounts(
    manager: EntityManager,
    kind: 'worker' | 'worker-pending',
    ownerIds: string[],
  ): Promise<Map<string, string>> {
    const owners = [...new Set(ownerIds)].sort();
    const accounts = await manager.query<{ id: string; owner_id: string }[]>(
      `INSERT INTO ledger_accounts (id, kind, owner_id, balance)
       SELECT id, $3, owner_id, 0 FROM unnest($1::uuid[], $2::text[]) AS account(id, owner_id)
       ON CONFLICT (kind, owner_id) DO UPDATE SET kind = EXCLUDED.kind
       RETURNING id, owner_id`,
      [owners.map(() => uuidv7()), owners, kind],
    );
    return new Map(accounts.map((account) => [account.owner_id, account.id]));
  }

  /**
   * Records the postings whose credit key was never posted, in the order given, and moves the cached balances of
   * the accounts they touch in the same statement (a posting that would overdraw a worker fails the statement).
   * Resolves, in that order, to each one's entry, or to undefined where its key was already taken (by an earlier
   * transaction or earlier in this call): the fact it pays for was applied already, which is not an error.
   */
  async post(manager: EntityManager, requests: PostingRequest[]): Promise<(PostedEntry | undefined)[]> {
    for (const { amount } of requests) {
      if (!Number.isSafeInteger(amount) || amount <= 0) {
        throw new RangeError(`A posting moves a positive whole number of points, not ${amount}`);
      }
    }
    const postedAt = new Date();
    const keys = new Set<string>();
    const firstPerKey = requests
      .filter(({ creditKey }) => !keys.has(creditKey) && keys.add(creditKey))
      .map((request) => ({ ...request, id: uuidv7() }));
    const inserted = await manager.query<{ id: string; credit_key: string }[]>(
      `WITH inserted AS (
         INSERT INTO ledger_postings (id, credit_key, debit_account_id, credit_account_id, amount, reason, reference_id, source_event_id,
                                      rule_version_id, earned_at, community_code, category_code, reverses_posting_id, note, posted_at)
         SELECT posting.*, $15::timestamptz
           FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::integer[], $6::text[], $7::text[], $8::uuid[],
                       $9::uuid[], $10::timestamptz[], $11::text[], $12::text[], $13::uuid[], $14::text[]) AS posting
         ON CONFLICT (credit_key) DO NOTHING
         RETURNING id, credit_key, debit_account_id, credit_account_id, amount
       ), moved AS (
         SELECT account_id, sum(delta) AS delta
           FROM (SELECT credit_account_id AS account_id, amount AS delta FROM inserted
                 UNION ALL SELECT debit_account_id, -amount FROM inserted) AS move
          GROUP BY account_id
       ), cached AS (
         UPDATE ledger_accounts account SET balance = account.balance + moved.delta
           FROM moved
          WHERE account.id = moved.account_id AND account.balance IS NOT NULL
         RETURNING account.id
       )
       SELECT id, credit_key FROM inserted`,
      [
        firstPerKey.map((posting) => posting.id),
        firstPerKey.map((posting) => posting.creditKey),
        firstPerKey.map((posting) => posting.debitAccountId),
        firstPerKey.map((posting) => posting.creditAccountId),
        firstPerKey.map((posting) => posting.amount),
        firstPerKey.map((posting) => posting.reason),
        firstPerKey.map((posting) => posting.referenceId),
        firstPerKey.map((posting) => posting.sourceEventId),
        firstPerKey.map((posting) => posting.ruleVersionId ?? null),
        firstPerKey.map((posting) => posting.earnedAt ?? null),
        firstPerKey.map((posting) => posting.communityCode ?? null),
        firstPerKey.map((posting) => posting.categoryCode ?? null),
        firstPerKey.map((posting) => posting.reversesPostingId ?? null),
        firstPerKey.map((posting) => posting.note ?? null),
        postedAt,
      ],
    );
    const postingIdByKey = new Map(inserted.map((row) => [row.credit_key, row.id]));
    return requests.map((request) => {
      const postingId = postingIdByKey.get(request.creditKey);
      // A key repeated within the call is posted for its first request only.
      postingIdByKey.delete(request.creditKey);
      return postingId === undefined ? undefined : { postingId, postedAt };
    });
  }

  async balanceOf(manager: EntityManager, accountId: string): Promise<number> {
    return (await this.balancesOf(manager, [accountId])).get(accountId) ?? 0;
  }

  /**
   * Balance by account id: everything credited to the account minus everything debited from it, read from the
   * cached balance where the account keeps one (COALESCE does not evaluate the sums then).
   */
  async balancesOf(manager: EntityManager, accountIds: string[]): Promise<Map<string, number>> {
    const rows = await manager.query<{ id: string; balance: string }[]>(
      `SELECT wanted.id,
              coalesce(account.balance,
                       (SELECT coalesce(sum(amount), 0) FROM ledger_postings WHERE credit_account_id = wanted.id)
                     - (SELECT coalesce(sum(amount), 0) FROM ledger_postings WHERE debit_account_id = wanted.id)) AS balance
         FROM unnest($1::uuid[]) AS wanted(id)
         LEFT JOIN ledger_accounts account ON account.id = wanted.id`,
      [accountIds],
    );
    return new Map(rows.map((row) => [row.id, Number(row.balance)]));
  }

  /** Newest first; `before` is the id of the last posting of the previous page. */
  async history(manager: EntityManager, accountId: string, before: string | null, limit: number): Promise<AccountEntry[]> {
    const rows = await manager.query<
      { id: string; amount: number; reason: string; reference_id: string | null; note: string | null; posted_at: Date }[]
    >(
      `SELECT id, CASE WHEN credit_account_id = $1 THEN amount ELSE -amount END AS amount,
              reason, reference_id, note, posted_at
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
      note: row.note,
      postedAt: row.posted_at,
    }));
  }
}
