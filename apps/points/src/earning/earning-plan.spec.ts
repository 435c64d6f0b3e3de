import { reportConfirmedV2, reportRejectedV1, reportSubmittedV2, stationCheckedInV1 } from '@waystation/contracts';
import { actionsOfCheckIn, actionsOfConfirmation, actionsOfRejection, actionsOfSubmission, EarningAction } from './earning-actions';
import { CityCalendar } from '../calendar/city-calendar';
import { categoryOf, eventLike } from './earning-events.spec-helper';
import { capDayKey, EarningAnnouncement, EarningRuleVersion, EarningState, planEarnings, ruleVersionAt } from './earning-plan';

const WORKER = 'worker-1';
const ACCOUNT = 'account-worker-1';
const PENDING = 'account-pending-1';
const BUDGET = 'account-budget';
const ISSUANCE = 'account-issuance';
const COMMUNITY = '420115001001';

const rule = (overrides: Partial<EarningRuleVersion>): EarningRuleVersion => ({
  id: '0195a6b8-2918-7af6-bfb8-1dc21b960001',
  eventType: 'report.confirmed',
  group: 'environment',
  points: 5,
  dailyCap: null,
  monthlyCap: null,
  effectiveFrom: new Date('2000-01-01T00:00:00+08:00'),
  ...overrides,
});

function stateWith(overrides: Partial<EarningState> = {}): EarningState {
  return {
    rules: [rule({})],
    workerAccounts: new Map([[WORKER, ACCOUNT]]),
    pendingAccounts: new Map([[WORKER, PENDING]]),
    budgetAccounts: new Map<string | null, string>([
      [COMMUNITY, BUDGET],
      [null, ISSUANCE],
    ]),
    balances: new Map([
      [ACCOUNT, 0],
      [PENDING, 0],
    ]),
    reservations: new Map(),
    postedKeys: new Set(),
    earnedByDay: new Map(),
    ...overrides,
  };
}

const runOf = (...pairs: [ReturnType<typeof eventLike>, (event: never) => EarningAction[]][]): EarningAnnouncement[] =>
  pairs.flatMap(([event, actionsOf]) => actionsOf(event as never).map((action) => ({ event, action })));

const submitted = (reportId: string, submittedAt = '2026-03-01T02:00:00.000Z') =>
  eventLike(reportSubmittedV2, {
    reportId,
    reporterId: WORKER,
    category: categoryOf('environment'),
    communityCode: COMMUNITY,
    submittedAt,
  });
const confirmed = (reportId: string, confirmedAt = '2026-03-01T03:00:00.000Z') =>
  eventLike(reportConfirmedV2, {
    reportId,
    reporterId: WORKER,
    category: categoryOf('environment'),
    communityCode: COMMUNITY,
    confirmedAt,
  });
const checkedIn = (checkInId: string, checkedInAt: string) => eventLike(stationCheckedInV1, { checkInId, workerId: WORKER, checkedInAt });

const SHANGHAI = new CityCalendar('Asia/Shanghai');

const REPORT = '0195a6b8-2918-7af6-bfb8-1dc21b965249';
const OTHER_REPORT = '0195a6b8-2918-7af6-bfb8-1dc21b965250';

describe(planEarnings.name, () => {
  it('earns a reservation made earlier in the same run, from pending to the worker, with running balances', () => {
    const sut = planEarnings(
      runOf([submitted(REPORT), actionsOfSubmission], [confirmed(REPORT), actionsOfConfirmation]),
      stateWith(),
      SHANGHAI,
    );

    expect(sut.map(({ posting }) => [posting.creditKey, posting.debitAccountId, posting.creditAccountId, posting.amount])).toEqual([
      [`report.reserved:${REPORT}`, BUDGET, PENDING, 5],
      [`report.confirmed:${REPORT}`, PENDING, ACCOUNT, 5],
    ]);
    const posted = { postingId: '0195a6b8-2918-7af6-bfb8-1dc21b965299', postedAt: new Date('2026-03-01T03:00:01.000Z') };
    expect(sut[0].announce(posted).payload).toMatchObject({ amount: 5, pendingAfter: 5 });
    expect(sut[1].announce(posted).payload).toMatchObject({
      amount: 5,
      balanceAfter: 5,
      ruleVersionId: '0195a6b8-2918-7af6-bfb8-1dc21b960001',
    });
  });

  it('plans nothing for keys already posted, and voids only an open reservation', () => {
    const sut = planEarnings(
      runOf(
        [submitted(REPORT), actionsOfSubmission],
        [eventLike(reportRejectedV1, { reportId: OTHER_REPORT, reporterId: WORKER }), actionsOfRejection],
      ),
      stateWith({ postedKeys: new Set([`report.reserved:${REPORT}`]) }),
      SHANGHAI,
    );

    expect(sut).toEqual([]);
  });

  it('earns up to the monthly cap within a run and sends the rest of the reservation back to its budget', () => {
    const capped = rule({ monthlyCap: 8 });
    const sut = planEarnings(
      runOf(
        [submitted(REPORT), actionsOfSubmission],
        [submitted(OTHER_REPORT), actionsOfSubmission],
        [confirmed(REPORT), actionsOfConfirmation],
        [confirmed(OTHER_REPORT), actionsOfConfirmation],
      ),
      stateWith({ rules: [capped] }),
      SHANGHAI,
    );

    expect(sut.slice(2).map(({ posting }) => [posting.creditKey, posting.creditAccountId, posting.amount])).toEqual([
      [`report.confirmed:${REPORT}`, ACCOUNT, 5],
      [`report.confirmed:${OTHER_REPORT}`, ACCOUNT, 3],
      [`report.voided:${OTHER_REPORT}`, BUDGET, 2],
    ]);
  });

  it('counts a daily cap on the city clock: 23:59 and 00:01 in Shanghai are two days', () => {
    const daily = rule({ id: 'rule-check-in', eventType: 'station.checked-in', group: '', points: 1, dailyCap: 1 });
    const sut = planEarnings(
      runOf(
        [checkedIn('a', '2026-03-01T15:59:00.000Z'), actionsOfCheckIn],
        [checkedIn('b', '2026-03-01T15:59:30.000Z'), actionsOfCheckIn],
        [checkedIn('c', '2026-03-01T16:01:00.000Z'), actionsOfCheckIn],
      ),
      stateWith({ rules: [daily] }),
      SHANGHAI,
    );

    expect(sut.map(({ posting }) => posting.creditKey)).toEqual(['station.checked-in:a', 'station.checked-in:c']);
  });

  it('counts days on the calendar it is given', () => {
    const daily = rule({ id: 'rule-check-in', eventType: 'station.checked-in', group: '', points: 1, dailyCap: 1 });
    const sut = planEarnings(
      runOf([checkedIn('a', '2026-03-01T15:59:00.000Z'), actionsOfCheckIn], [checkedIn('c', '2026-03-01T16:01:00.000Z'), actionsOfCheckIn]),
      stateWith({ rules: [daily] }),
      new CityCalendar('UTC'),
    );

    expect(sut.map(({ posting }) => posting.creditKey)).toEqual(['station.checked-in:a']);
  });

  it('counts what was earned before the run towards its caps', () => {
    const daily = rule({ id: 'rule-check-in', eventType: 'station.checked-in', group: '', points: 1, dailyCap: 1 });
    const sut = planEarnings(
      runOf([checkedIn('a', '2026-03-01T04:00:00.000Z'), actionsOfCheckIn]),
      stateWith({ rules: [daily], earnedByDay: new Map([[capDayKey(ACCOUNT, daily, '2026-03-01'), 1]]) }),
      SHANGHAI,
    );

    expect(sut).toEqual([]);
  });
});

describe(ruleVersionAt.name, () => {
  it('finds the latest version that took effect by the time of the fact', () => {
    const first = rule({ id: 'v1' });
    const second = rule({ id: 'v2', points: 7, effectiveFrom: new Date('2026-04-01T00:00:00+08:00') });

    expect(
      ruleVersionAt([second, first], { eventType: 'report.confirmed', group: 'environment', at: new Date('2026-03-31T15:59:59Z') })?.id,
    ).toBe('v1');
    expect(
      ruleVersionAt([second, first], { eventType: 'report.confirmed', group: 'environment', at: new Date('2026-03-31T16:00:00Z') })?.id,
    ).toBe('v2');
    expect(ruleVersionAt([second, first], { eventType: 'report.confirmed', group: 'safety', at: new Date() })).toBeUndefined();
  });
});
