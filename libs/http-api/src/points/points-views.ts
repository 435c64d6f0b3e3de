export interface BalanceView {
  accountId: string;
  balance: number;
  asOf: string;
}

export interface PointsTransactionView {
  id: string;
  /** Positive for a credit to the worker, negative for a debit. */
  amount: number;
  reason: string;
  referenceId: string | null;
  createdAt: string;
}
