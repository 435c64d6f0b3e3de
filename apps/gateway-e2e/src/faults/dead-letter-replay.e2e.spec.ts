import { ConsumerGroups, deadLetterTopic, Topics } from '@waystation/contracts';
import { WaystationSystem } from '@waystation/system';
import {
  auditCredits,
  deadLettersSince,
  hasConsumed,
  markDeadLetters,
  queryDatabase,
  readTopicToEnd,
  runDeadLetterReplay,
  startTestSystem,
  topicEnds,
  waitFor,
} from '@waystation/testing';
import { newStaffAccount, newWorkerAccount } from '../accounts';
import { jiangxiaReport, scenario } from '../scenario';

/**
 * The earning rule the test takes away (by moving its versions' effective date out of reach, since postings refer
 * to them), so crediting the reports that earn by it fails for good: the environment group's, which
 * `jiangxiaReport` (overflowing bins) earns by.
 */
const RULE = { eventType: 'report.confirmed', group: 'environment' };
const OUT_OF_REACH = "interval '1000 years'";
const POINTS_DLQ = deadLetterTopic(Topics.reports, ConsumerGroups.points);

const confirmNotifications = async (reportId: string) =>
  Number(
    (
      await queryDatabase<{ count: string }>(
        'notifications',
        `SELECT count(*) FROM notifications WHERE kind = 'report.confirmed' AND data ->> 'reportId' = $1`,
        [reportId],
      )
    )[0].count,
  );

describe('fault: a dead-lettered report.confirmed replayed twice', () => {
  let system: WaystationSystem;

  beforeAll(async () => {
    system = await startTestSystem();
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  }, 60_000);

  it('credits and notifies once when its dead-letter topic is replayed twice after the cause is fixed', async () => {
    const steps = scenario(system.url('gateway'));
    const worker = await newWorkerAccount(system.url('gateway'));
    const mark = await markDeadLetters([POINTS_DLQ]);
    const [rule] = await queryDatabase<{ points: number }>(
      'points',
      `UPDATE earning_rule_versions SET effective_from = effective_from + ${OUT_OF_REACH}
        WHERE event_type = $1 AND category_group = $2 RETURNING points`,
      [RULE.eventType, RULE.group],
    );
    let report: { id: string };
    try {
      report = await steps.submitReport(worker, jiangxiaReport);
      await steps.confirmReport(await newStaffAccount(system.url('gateway')), report.id);
      await waitFor(async () => (await deadLettersSince(mark)).some((deadLetter) => deadLetter.key === report.id), {
        description: `report.confirmed of ${report.id} on ${POINTS_DLQ}`,
        timeoutMs: 60_000,
        intervalMs: 1_000,
      });
    } finally {
      await queryDatabase(
        'points',
        `UPDATE earning_rule_versions SET effective_from = effective_from - ${OUT_OF_REACH} WHERE event_type = $1 AND category_group = $2`,
        [RULE.eventType, RULE.group],
      );
    }
    const reportsEnds = await topicEnds(Topics.reports);

    const replays = [await runDeadLetterReplay(POINTS_DLQ), await runDeadLetterReplay(POINTS_DLQ)];
    const copies = (await readTopicToEnd(Topics.reports, reportsEnds)).filter(
      (message) => message.key === report.id && message.headers['replayed-from'] === POINTS_DLQ,
    );
    // Every group on reports.events gets the copies: points, which failed it, and notifications, which had not.
    for (const copy of copies) {
      const consumedBy = (group: string) => hasConsumed(group, Topics.reports, copy);
      await waitFor(async () => (await consumedBy(ConsumerGroups.points)) && (await consumedBy(ConsumerGroups.notifications)), {
        description: `points and notifications to have consumed the replayed ${report.id}`,
        timeoutMs: 60_000,
        intervalMs: 500,
      });
    }
    const confirmed = [{ reportId: report.id, reporter: worker }];
    await waitFor(async () => (await auditCredits(system.url('gateway'), confirmed, rule.points)).creditNotifications > 0, {
      description: 'the credit to be notified',
      timeoutMs: 30_000,
      intervalMs: 1_000,
    });

    const audit = await auditCredits(system.url('gateway'), confirmed, rule.points);
    const outcome = {
      ...audit,
      confirmNotifications: await confirmNotifications(report.id),
      deadLettersOfTheReport: (await deadLettersSince(mark)).filter((deadLetter) => deadLetter.key === report.id).length,
      replayedCopies: copies.length,
    };
    console.log(
      `dead-letter replay ×2: ${Object.entries(outcome)
        .map(([name, value]) => `${name} ${value}`)
        .join(', ')}; replays: ${replays.join(' | ')}`,
    );
    expect(outcome).toEqual({
      credited: 1,
      creditedTwice: 0,
      reportersWithWrongBalance: 0,
      creditEvents: 1,
      creditEventsTwice: 0,
      creditNotifications: 1,
      creditNotificationsTwice: 0,
      confirmNotifications: 1,
      deadLettersOfTheReport: 1,
      replayedCopies: 1,
    });
  }, 300_000);
});
