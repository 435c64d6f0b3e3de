import { ConsumerGroups, deadLetterTopic, Topics } from '@waystation/contracts';
import type { ConfirmedReport } from './confirm-many';
import type { TestAccount } from './test-account';
import { countDeadLettersSince, type DeadLetterMark } from './dead-letters';
import { gatewayAs } from './gateway-client';
import { queryDatabase } from './probes';
import { readTopicToEnd } from './topic-to-end';
import { waitFor } from './wait-for';

/**
 * How the confirmed reports were credited, seen from every side: each count is of reports (not of rows), so
 * "exactly N credits, each once" reads as `credited = creditEvents = creditNotifications = N` and every
 * `…Twice` and `reportersWithWrongBalance` 0.
 */
export interface CreditAudit {
  /** Reports with a posting into a worker's account in the points ledger. */
  credited: number;
  /** Reports with more than one such posting. */
  creditedTwice: number;
  /** Reporters whose balance through the API is not the points of their confirmed reports. */
  reportersWithWrongBalance: number;
  /** Reports with a points.credited event on points.events. */
  creditEvents: number;
  /** Reports with two or more distinct points.credited events (a redelivered copy of one event is not counted). */
  creditEventsTwice: number;
  /** Reports whose reporter has a points.credited notification for it. */
  creditNotifications: number;
  creditNotificationsTwice: number;
}

interface Counted {
  id: string;
  count: string;
}

const reportIdsOf = (reports: readonly ConfirmedReport[]) => reports.map((report) => report.reportId);

/**
 * The postings that paid each report into a worker's spendable account, counted per report: a report's
 * reservation and its release move pending points, not spendable ones, and are not counted.
 */
export async function creditPostingsPerReport(reportIds: readonly string[]): Promise<Counted[]> {
  return queryDatabase<Counted>(
    'points',
    `SELECT posting.reference_id AS id, count(*)
       FROM ledger_postings posting
       JOIN ledger_accounts account ON account.id = posting.credit_account_id AND account.kind = 'worker'
      WHERE posting.reference_id = ANY($1)
      GROUP BY posting.reference_id`,
    [reportIds],
  );
}

const postingsPerReport = (reports: readonly ConfirmedReport[]) => creditPostingsPerReport(reportIdsOf(reports));

async function creditNotificationsPerReport(reports: readonly ConfirmedReport[]): Promise<Counted[]> {
  return queryDatabase<Counted>(
    'notifications',
    `SELECT data ->> 'referenceId' AS id, count(*) FROM notifications WHERE kind = 'points.credited' AND data ->> 'referenceId' = ANY($1) GROUP BY 1`,
    [reportIdsOf(reports)],
  );
}

async function creditEventsPerReport(reports: readonly ConfirmedReport[]): Promise<Map<string, Set<string>>> {
  const wanted = new Set(reportIdsOf(reports));
  const eventIds = new Map<string, Set<string>>();
  for (const { value, headers } of await readTopicToEnd(Topics.points)) {
    if (headers.type !== 'points.credited' || !value) continue;
    const event = JSON.parse(value) as { id: string; payload: { referenceId: string } };
    if (!wanted.has(event.payload.referenceId)) continue;
    eventIds.set(event.payload.referenceId, (eventIds.get(event.payload.referenceId) ?? new Set()).add(event.id));
  }
  return eventIds;
}

async function reportersWithWrongBalance(gatewayUrl: string, reports: readonly ConfirmedReport[], pointsEach: number): Promise<number> {
  const expected = new Map<string, { reporter: TestAccount; points: number }>();
  for (const { reporter } of reports) {
    const { points } = expected.get(reporter.actor.id) ?? { points: 0 };
    expected.set(reporter.actor.id, { reporter, points: points + pointsEach });
  }
  let wrong = 0;
  for (const { reporter, points } of expected.values()) {
    const { body } = await gatewayAs(gatewayUrl, reporter).get('/api/v1/me/points').expect(200);
    if (body.balance !== points) wrong += 1;
  }
  return wrong;
}

export async function auditCredits(gatewayUrl: string, reports: readonly ConfirmedReport[], pointsEach: number): Promise<CreditAudit> {
  const [postings, notifications, events] = await Promise.all([
    postingsPerReport(reports),
    creditNotificationsPerReport(reports),
    creditEventsPerReport(reports),
  ]);
  return {
    credited: postings.length,
    creditedTwice: postings.filter((row) => Number(row.count) > 1).length,
    reportersWithWrongBalance: await reportersWithWrongBalance(gatewayUrl, reports, pointsEach),
    creditEvents: events.size,
    creditEventsTwice: [...events.values()].filter((ids) => ids.size > 1).length,
    creditNotifications: notifications.length,
    creditNotificationsTwice: notifications.filter((row) => Number(row.count) > 1).length,
  };
}

/**
 * Waits until every report is either credited or dead-lettered by points (counted on its dead-letter topic since
 * `mark`), then until each credit is either notified or dead-lettered by notifications, and returns how long that
 * took. It never throws at its deadline: the audit that follows says what was missing, which is the finding.
 */
export async function settleCredits(reports: readonly ConfirmedReport[], mark: DeadLetterMark, timeoutMs: number): Promise<number> {
  const started = Date.now();
  const deadLettered = (topic: string, group: string) => {
    const dlq = deadLetterTopic(topic, group);
    return countDeadLettersSince(new Map([[dlq, mark.get(dlq) ?? new Map()]]));
  };
  const credited = async () => (await postingsPerReport(reports)).length;
  const settled = (check: () => Promise<boolean>, description: string) =>
    waitFor(check, { description, timeoutMs: Math.max(timeoutMs - (Date.now() - started), 1_000), intervalMs: 1_000 }).then(
      () => true,
      () => false,
    );
  await settled(
    async () => (await credited()) + (await deadLettered(Topics.reports, ConsumerGroups.points)) >= reports.length,
    'every report credited or dead-lettered',
  );
  const target = await credited();
  await settled(
    async () =>
      (await creditNotificationsPerReport(reports)).length + (await deadLettered(Topics.points, ConsumerGroups.notifications)) >= target,
    'every credit notified or dead-lettered',
  );
  return Date.now() - started;
}
