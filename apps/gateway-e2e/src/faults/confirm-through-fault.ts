import { WaystationSystem } from '@waystation/system';
import {
  auditCredits,
  confirmMany,
  type CreditAudit,
  type DeadLetter,
  deadLettersSince,
  markDeadLetters,
  settleCredits,
  signInAdmin,
  waitFor,
} from '@waystation/testing';
import { newWorkerAccounts } from '../accounts';
import { jiangxiaReport } from '../scenario';

/** exposed-garbage, an environment report, earns 5 points by the seeded earning rules. */
const POINTS_EACH = 5;
const REPORTERS = 20;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

export interface FaultOptions {
  /** Confirmations sent through the gateway, 16 in flight. */
  count: number;
  /** The fault is injected once this many reports are confirmed. */
  faultAfter: number;
  /** Injects the fault and ends once the system has been given back what it lost. */
  fault: () => Promise<void>;
  /** How long credits may take to catch up once every report is confirmed. */
  settleTimeoutMs: number;
}

export interface FaultOutcome extends CreditAudit {
  confirmed: number;
  deadLetters: number;
  /** Answers that blamed the server (5xx) other than 503: a client should only ever be told to wait and retry. */
  serverFailures: number;
}

/**
 * Confirms `count` reports through the gateway while `fault` strikes, waits for the credits to settle, and prints
 * and returns what every side saw: the ledger, the balances, points.events, the inbox and the dead-letter topics.
 */
export async function confirmThroughFault(system: WaystationSystem, label: string, options: FaultOptions): Promise<FaultOutcome> {
  const mark = await markDeadLetters();
  let confirmedSoFar = 0;
  const started = Date.now();
  const load = confirmMany({
    gatewayUrl: system.url('gateway'),
    count: options.count,
    workers: await newWorkerAccounts(system.url('gateway'), REPORTERS),
    // The city office reviews: it may review reports the city map has not placed in a community (none is placed here).
    staff: await signInAdmin(system.url('gateway')),
    report: jiangxiaReport,
    onConfirmed: (confirmed) => (confirmedSoFar = confirmed),
  });
  let faultWindow = '';
  const fault = waitFor(() => confirmedSoFar >= options.faultAfter, {
    description: `${options.faultAfter} confirmations`,
    timeoutMs: 120_000,
  }).then(async () => {
    const [from, since] = [confirmedSoFar, Date.now()];
    await options.fault();
    faultWindow = `fault from confirmation ${from} to ${confirmedSoFar} (${Date.now() - since} ms)`;
  });
  // Both run to their end, so a failed load never leaves a fault half-applied behind the test.
  const [loaded, faulted] = await Promise.allSettled([load, fault]);
  if (faulted.status === 'rejected') throw faulted.reason;
  if (loaded.status === 'rejected') throw loaded.reason;
  const { reports, retried } = loaded.value;
  const loadMs = Date.now() - started;

  const settleMs = await settleCredits(reports, mark, options.settleTimeoutMs);
  const audit = await auditCredits(system.url('gateway'), reports, POINTS_EACH);
  const deadLetters = await deadLettersSince(mark);
  const serverFailures = Object.entries(retried).reduce(
    (sum, [answer, n]) => (/^5\d\d/.test(answer) && !answer.startsWith('503') ? sum + n : sum),
    0,
  );
  const outcome: FaultOutcome = { confirmed: reports.length, ...audit, deadLetters: deadLetters.length, serverFailures };
  const retries =
    Object.entries(retried)
      .map(([answer, n]) => `${n}× ${answer}`)
      .join(', ') || 'none';
  console.log(
    `${label}: ${summarise(outcome, deadLetters)}; ${faultWindow}; load ${loadMs} ms (requests retried: ${retries}), settled ${settleMs} ms later`,
  );
  return outcome;
}

/** What a run that lost nothing and doubled nothing looks like, for `expect(outcome).toEqual(…)`. */
export function exactlyOnce(count: number): FaultOutcome {
  return {
    confirmed: count,
    credited: count,
    creditedTwice: 0,
    reportersWithWrongBalance: 0,
    creditEvents: count,
    creditEventsTwice: 0,
    creditNotifications: count,
    creditNotificationsTwice: 0,
    deadLetters: 0,
    serverFailures: 0,
  };
}

function summarise(outcome: FaultOutcome, deadLetters: DeadLetter[]): string {
  const counts = Object.entries(outcome).map(([name, value]) => `${name} ${value}`);
  const reasons = new Map<string, number>();
  for (const { topic, reason, error } of deadLetters) {
    const key = `${topic} ${reason}: ${error.replace(UUID, '<id>').slice(0, 100)}`;
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
  }
  const why = [...reasons].map(([reason, n]) => `${n}× ${reason}`);
  return [counts.join(', '), ...(why.length ? [`dead letters: ${why.join('; ')}`] : [])].join('; ');
}
