import { EntityManager } from 'typeorm';

/** An account whose cached balance is not what its postings add up to (or is missing where its kind needs one). */
export interface BalanceDiscrepancy {
  accountId: string;
  kind: string;
  ownerId: string | null;
  cached: number | null;
  derived: number;
}

/** What `npm run points:check` proves: the cached balances are the postings' sums, and nothing else is cached. */
export async function balanceDiscrepancies(manager: EntityManager): Promise<BalanceDiscrepancy[]> {
  const rows = await manager.query<{ id: string; kind: string; owner_id: string | null; cached: string | null; derived: string }[]>(
    `WITH derived AS (
       SELECT account.id, account.kind, account.owner_id, account.balance AS cached, kind.may_go_negative,
              (SELECT coalesce(sum(amount), 0) FROM ledger_postings WHERE credit_account_id = account.id)
            - (SELECT coalesce(sum(amount), 0) FROM ledger_postings WHERE debit_account_id = account.id) AS derived
         FROM ledger_accounts account
         JOIN ledger_account_kinds kind ON kind.code = account.kind
     )
     SELECT id, kind, owner_id, cached, derived FROM derived
      WHERE CASE WHEN may_go_negative THEN cached IS NOT NULL ELSE cached IS DISTINCT FROM derived END
      ORDER BY id`,
  );
  return rows.map((row) => ({
    accountId: row.id,
    kind: row.kind,
    ownerId: row.owner_id,
    cached: row.cached === null ? null : Number(row.cached),
    derived: Number(row.derived),
  }));
}
