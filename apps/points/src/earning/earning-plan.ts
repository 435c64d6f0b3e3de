import { AnyEvent, pointsCreditedV1, pointsReservedV1, pointsVoidedV1 } from '@waystation/contracts';
import { PermanentEventError } from '@waystation/messaging';
import { CityCalendar } from '../calendar/city-calendar';
import { PostedEntry, PostingRequest } from '../ledger/ledger.service';
import { SERVICE_NAME } from '../service-name';
import { Earn, EarningAction, releaseKey, Reserve, reservationKey, RuleLookup, Void } from './earning-actions';

/** One version of an earning rule: the points it pays and its caps per worker, from `effectiveFrom` on. */
export interface EarningRuleVersion {
  id: string;
  eventType: string;
  group: string;
  points: number;
  dailyCap: number | null;
  monthlyCap: number | null;
  effectiveFrom: Date;
}

/** A report's reservation while it still holds points: neither earned nor released yet. */
export interface OpenReservation {
  reportId: string;
  amount: number;
  ruleVersionId: string;
  communityCode: string | null;
  budgetAccountId: string;
}

/** What the ledger holds that a run of actions depends on, read once (under the workers' locks) before planning. */
export interface EarningState {
  rules: readonly EarningRuleVersion[];
  workerAccounts: ReadonlyMap<string, string>;
  pendingAccounts: ReadonlyMap<string, string>;
  /** By community code; null is the issuance account. */
  budgetAccounts: ReadonlyMap<string | null, string>;
  /** The balance of each worker and pending account. */
  balances: ReadonlyMap<string, number>;
  reservations: ReadonlyMap<string, OpenReservation>;
  /** The credit keys of the run that are posted already. */
  postedKeys: ReadonlySet<string>;
  /** Points earned under each rule by day, keyed by `capDayKey`. */
  earnedByDay: ReadonlyMap<string, number>;
}

export interface EarningAnnouncement {
  event: AnyEvent;
  action: EarningAction;
}

/** A posting to make and the event that announces it, once made. */
export interface PlannedPosting {
  posting: PostingRequest;
  announce(posted: PostedEntry): AnyEvent;
}

/** What `earnedByDay` is keyed by: a worker's account, a rule (event type and group) and a city day. */
export const capDayKey = (accountId: string, rule: Pick<EarningRuleVersion, 'eventType' | 'group'>, day: string): string =>
  `${accountId}|${rule.eventType}|${rule.group}|${day}`;

/** The version of a rule in effect at the time of a fact: the latest that took effect by then. */
export function ruleVersionAt(rules: readonly EarningRuleVersion[], { eventType, group, at }: RuleLookup): EarningRuleVersion | undefined {
  let found: EarningRuleVersion | undefined;
  for (const rule of rules) {
    if (rule.eventType !== eventType || rule.group !== group || rule.effectiveFrom > at) continue;
    if (!found || rule.effectiveFrom > found.effectiveFrom) found = rule;
  }
  return found;
}

/**
 * Plans the postings of a run of earning actions, in order, as if each were applied before the next: a
 * reservation made earlier in the run can be earned later in it, and caps count what the run earned before.
 * Pure: the ledger's state comes in, postings and the events that announce them come out.
 */
export function planEarnings(actions: readonly EarningAnnouncement[], state: EarningState, calendar: CityCalendar): PlannedPosting[] {
  return new EarningPlanner(state, calendar).plan(actions);
}

class EarningPlanner {
  private readonly balances: Map<string, number>;
  private readonly reservations: Map<string, OpenReservation>;
  private readonly postedKeys: Set<string>;
  private readonly earnedByDay: Map<string, number>;
  private readonly planned: PlannedPosting[] = [];

  constructor(
    private readonly state: EarningState,
    private readonly calendar: CityCalendar,
  ) {
    this.balances = new Map(state.balances);
    this.reservations = new Map(state.reservations);
    this.postedKeys = new Set(state.postedKeys);
    this.earnedByDay = new Map(state.earnedByDay);
  }

  plan(actions: readonly EarningAnnouncement[]): PlannedPosting[] {
    for (const { event, action } of actions) {
      switch (action.kind) {
        case 'reserve':
          this.reserve(event, action);
          break;
        case 'earn':
          this.earn(event, action);
          break;
        case 'void':
          this.release(event, action);
          break;
      }
    }
    return this.planned;
  }

  private reserve(event: AnyEvent, action: Reserve): void {
    const creditKey = reservationKey(action.reportId);
    const rule = ruleVersionAt(this.state.rules, action.rule);
    // No rule (yet) for the group, or one paying nothing: nothing to reserve; the confirmation decides.
    if (this.postedKeys.has(creditKey) || !rule || rule.points === 0) return;
    const budgetAccountId = this.budgetAccount(action.communityCode);
    const pendingAccountId = this.account(this.state.pendingAccounts, action.workerId);
    const pendingAfter = this.move(budgetAccountId, pendingAccountId, rule.points);
    this.reservations.set(action.reportId, {
      reportId: action.reportId,
      amount: rule.points,
      ruleVersionId: rule.id,
      communityCode: action.communityCode,
      budgetAccountId,
    });
    this.add(
      {
        creditKey,
        debitAccountId: budgetAccountId,
        creditAccountId: pendingAccountId,
        amount: rule.points,
        reason: 'report.reserved',
        referenceId: action.reportId,
        sourceEventId: event.id,
        ruleVersionId: rule.id,
        communityCode: action.communityCode,
        categoryCode: action.categoryCode,
      },
      (posted) =>
        pointsReservedV1.create({
          ...causedBy(event, action.workerId, posted.postedAt),
          payload: {
            transactionId: posted.postingId,
            accountId: action.workerId,
            amount: rule.points,
            pendingAfter,
            reason: 'report.reserved',
            referenceId: action.reportId,
            ruleVersionId: rule.id,
            sourceEventId: event.id,
            reservedAt: posted.postedAt.toISOString(),
          },
        }),
    );
  }

  /**
   * Earns from the report's open reservation where there is one (at the amount and rule version reserved), else
   * from the community's budget at the rule in effect when the fact happened. A cap may leave part of a
   * reservation unearned: that part goes back to the budget, said plainly in the history.
   */
  private earn(event: AnyEvent, action: Earn): void {
    if (this.postedKeys.has(action.creditKey)) return;
    const reservation = action.reservedFor === undefined ? undefined : this.reservations.get(action.reservedFor);
    const rule = reservation
      ? this.state.rules.find((version) => version.id === reservation.ruleVersionId)
      : ruleVersionAt(this.state.rules, action.rule);
    if (!rule) throw new PermanentEventError(`No earning rule for ${action.rule.eventType} of group "${action.rule.group}"`);
    const workerAccountId = this.account(this.state.workerAccounts, action.workerId);
    const amount = reservation?.amount ?? rule.points;
    const earned = Math.min(amount, this.capRoom(workerAccountId, rule, action.rule.at));
    const communityCode = reservation ? reservation.communityCode : action.communityCode;
    if (earned > 0) {
      const source = reservation ? this.account(this.state.pendingAccounts, action.workerId) : this.budgetAccount(communityCode);
      const balanceAfter = this.move(source, workerAccountId, earned);
      const dayKey = capDayKey(workerAccountId, rule, this.calendar.dayOf(action.rule.at));
      this.earnedByDay.set(dayKey, (this.earnedByDay.get(dayKey) ?? 0) + earned);
      this.add(
        {
          creditKey: action.creditKey,
          debitAccountId: source,
          creditAccountId: workerAccountId,
          amount: earned,
          reason: action.reason,
          referenceId: action.referenceId,
          sourceEventId: event.id,
          ruleVersionId: rule.id,
          earnedAt: action.rule.at,
          communityCode,
          categoryCode: action.categoryCode,
        },
        (posted) =>
          pointsCreditedV1.create({
            ...causedBy(event, action.workerId, posted.postedAt),
            payload: {
              transactionId: posted.postingId,
              accountId: action.workerId,
              amount: earned,
              balanceAfter,
              reason: action.reason,
              referenceId: action.referenceId,
              sourceEventId: event.id,
              ruleVersionId: rule.id,
              creditedAt: posted.postedAt.toISOString(),
            },
          }),
      );
    }
    if (reservation) {
      this.reservations.delete(reservation.reportId);
      if (earned < amount) this.releaseReservation(event, action.workerId, reservation, amount - earned, 'cap');
    }
  }

  private release(event: AnyEvent, action: Void): void {
    const reservation = this.reservations.get(action.reportId);
    if (!reservation) return;
    this.reservations.delete(action.reportId);
    this.releaseReservation(event, action.workerId, reservation, reservation.amount, action.reason);
  }

  /** Moves reserved points back from the worker's pending account to the budget they were reserved from. */
  private releaseReservation(event: AnyEvent, workerId: string, reservation: OpenReservation, amount: number, reason: string): void {
    const creditKey = releaseKey(reservation.reportId);
    if (this.postedKeys.has(creditKey)) return;
    const pendingAccountId = this.account(this.state.pendingAccounts, workerId);
    this.move(pendingAccountId, reservation.budgetAccountId, amount);
    const pendingAfter = this.balances.get(pendingAccountId) ?? 0;
    this.add(
      {
        creditKey,
        debitAccountId: pendingAccountId,
        creditAccountId: reservation.budgetAccountId,
        amount,
        reason: 'report.voided',
        referenceId: reservation.reportId,
        sourceEventId: event.id,
        ruleVersionId: reservation.ruleVersionId,
        communityCode: reservation.communityCode,
      },
      (posted) =>
        pointsVoidedV1.create({
          ...causedBy(event, workerId, posted.postedAt),
          payload: {
            transactionId: posted.postingId,
            accountId: workerId,
            amount,
            pendingAfter,
            reason,
            referenceId: reservation.reportId,
            sourceEventId: event.id,
            voidedAt: posted.postedAt.toISOString(),
          },
        }),
    );
  }

  /** How many more points a worker may earn under a rule on the day and in the month of `at`. */
  private capRoom(accountId: string, rule: EarningRuleVersion, at: Date): number {
    const day = this.calendar.dayOf(at);
    const dayKey = capDayKey(accountId, rule, day);
    const monthPrefix = capDayKey(accountId, rule, day.slice(0, 8));
    let thisMonth = 0;
    for (const [key, points] of this.earnedByDay) if (key.startsWith(monthPrefix)) thisMonth += points;
    const dailyRoom = rule.dailyCap === null ? Number.POSITIVE_INFINITY : rule.dailyCap - (this.earnedByDay.get(dayKey) ?? 0);
    const monthlyRoom = rule.monthlyCap === null ? Number.POSITIVE_INFINITY : rule.monthlyCap - thisMonth;
    return Math.max(0, Math.min(dailyRoom, monthlyRoom));
  }

  /** Moves points between two accounts in the plan's running balances; the credited account's balance after. */
  private move(debitAccountId: string, creditAccountId: string, amount: number): number {
    if (this.balances.has(debitAccountId)) this.balances.set(debitAccountId, (this.balances.get(debitAccountId) as number) - amount);
    const after = (this.balances.get(creditAccountId) ?? 0) + amount;
    this.balances.set(creditAccountId, after);
    return after;
  }

  private add(posting: PostingRequest, announce: (posted: PostedEntry) => AnyEvent): void {
    this.postedKeys.add(posting.creditKey);
    this.planned.push({ posting, announce });
  }

  private budgetAccount(communityCode: string | null): string {
    return this.account(this.state.budgetAccounts, communityCode);
  }

  private account<K>(accounts: ReadonlyMap<K, string>, owner: K): string {
    const accountId = accounts.get(owner);
    if (accountId === undefined) throw new Error(`No ledger account was opened for ${String(owner)}`);
    return accountId;
  }
}

function causedBy(event: AnyEvent, workerId: string, occurredAt: Date) {
  return { aggregateId: workerId, correlationId: event.correlationId, causationId: event.id, producer: SERVICE_NAME, occurredAt };
}
