import { BalanceView, PointsTransactionView } from '@waystation/http-api';
import { AccountEntry } from '../ledger/ledger.service';
import { WorkerBalance } from './account-queries.service';

export function toBalanceView({ workerId, balance, pending, expiringSoon, expiringBy, asOf }: WorkerBalance): BalanceView {
  return { accountId: workerId, balance, pending, expiringSoon, expiringBy: expiringBy.toISOString(), asOf: asOf.toISOString() };
}

export function toPointsTransactionView({ id, amount, reason, referenceId, note, postedAt }: AccountEntry): PointsTransactionView {
  return { id, amount, reason, referenceId, note, createdAt: postedAt.toISOString() };
}
