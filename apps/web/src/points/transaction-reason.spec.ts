import { transactionReasonKey } from './transaction-reason';

describe(transactionReasonKey.name, () => {
  it('names a known reason of the ledger, with or without a fact after its domain', () => {
    expect(transactionReasonKey('report.confirmed')).toBe('points.reason.reportConfirmed');
    expect(transactionReasonKey('redemption')).toBe('points.reason.redemption');
    expect(transactionReasonKey('redemption.refund')).toBe('points.reason.redemptionRefund');
    expect(transactionReasonKey('adjustment')).toBe('points.reason.adjustment');
  });

  it('calls a reason it does not know "other", even one named like an object property', () => {
    expect(transactionReasonKey('report.something-new')).toBe('points.reason.other');
    expect(transactionReasonKey('report')).toBe('points.reason.other');
    expect(transactionReasonKey('toString')).toBe('points.reason.other');
    expect(transactionReasonKey('report.constructor')).toBe('points.reason.other');
  });
});
