import { BalanceView, PointsTransactionView } from '@waystation/http-api';
import { AccountEntry } from '../ledger/ledger.service';
import { WorkerBalance } from './account-queries.service';

export function toBalanceView({ workerId, balance, asOf }: WorkerBalance): BalanceView {
  return { accountId: workerId, balance, asOf: asOf.toISOString() };
}

export function toPointsTransactionView({ id, amount, reason, referenceId, postedAt }: AccountEntry): PointsTransactionView {
  return { id, amount, reason, referenceId, createdAt: postedAt.toISOString() };
}
