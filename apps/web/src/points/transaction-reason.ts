/**
 * The ledger's reasons the worker's history names in words, by the domain that posts them and then the fact
 * (`report.confirmed`, `redemption`, `redemption.refund`); the points service may add more.
 */
const KNOWN_REASONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  report: {
    reserved: 'points.reason.reportReserved',
    confirmed: 'points.reason.reportConfirmed',
    visited: 'points.reason.reportVisited',
    'fixed-bonus': 'points.reason.reportFixedBonus',
    rejected: 'points.reason.reportRejected',
    merged: 'points.reason.reportMerged',
    voided: 'points.reason.reportVoided',
  },
  station: { 'checked-in': 'points.reason.stationCheckedIn' },
  'station-session': { attended: 'points.reason.sessionAttended' },
  redemption: { '': 'points.reason.redemption', refund: 'points.reason.redemptionRefund' },
  points: { expired: 'points.reason.expired' },
  adjustment: { '': 'points.reason.adjustment' },
};

/** The catalogue key naming a history entry's reason; one the app does not know yet is "other", never a raw code. */
export function transactionReasonKey(reason: string): string {
  const dot = reason.indexOf('.');
  const [domain, fact] = dot === -1 ? [reason, ''] : [reason.slice(0, dot), reason.slice(dot + 1)];
  const facts = Object.hasOwn(KNOWN_REASONS, domain) ? KNOWN_REASONS[domain] : {};
  return Object.hasOwn(facts, fact) ? facts[fact] : 'points.reason.other';
}
