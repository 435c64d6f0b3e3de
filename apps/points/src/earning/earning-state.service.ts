import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CityCalendar } from '../calendar/city-calendar';
import { Ledger } from '../ledger/ledger.service';
import { EarningAction, releaseKey, reportEarningKey, reservationKey } from './earning-actions';
import { capDayKey, EarningState, OpenReservation } from './earning-plan';
import { EarningRuleBook } from './earning-rule-book.service';

/**
 * Reads, in a handful of statements for a whole run of actions, what planning them needs: the workers' accounts
 * (locked, so the rest stays true until the run commits), the rules, the open reservations, which credit keys are
 * posted already and what the workers earned in the months the run's facts fall in.
 */
@Injectable()
export class EarningStateReader {
  constructor(
    private readonly ledger: Ledger,
    private readonly rules: EarningRuleBook,
    private readonly calendar: CityCalendar,
  ) {}

  async read(manager: EntityManager, actions: readonly EarningAction[]): Promise<EarningState> {
    const workers = actions.map((action) => action.workerId);
    const workerAccounts = await this.ledger.lockWorkerAccounts(manager, workers);
    const pendingAccounts = await this.ledger.lockPendingAccounts(manager, workers);
    const reportIds = [...new Set(actions.flatMap(reportOf))];
    const [rules, budgetAccounts, balances, reservations, postedKeys, earnedByDay] = [
      await this.rules.all(manager),
      await this.ledger.budgetAccounts(manager, [...actions.map(communityOf), null]),
      await this.ledger.balancesOf(manager, [...workerAccounts.values(), ...pendingAccounts.values()]),
      await openReservations(manager, reportIds),
      await postedKeysOf(manager, actions.flatMap(keysOf)),
      await earnedByDayOf(manager, this.calendar, [...workerAccounts.values()], actions),
    ];
    return { rules, workerAccounts, pendingAccounts, budgetAccounts, balances, reservations, postedKeys, earnedByDay };
  }
}

function reportOf(action: EarningAction): string[] {
  if (action.kind === 'earn') return action.reservedFor === undefined ? [] : [action.reservedFor];
  return [action.reportId];
}

const communityOf = (action: EarningAction): string | null => (action.kind === 'void' ? null : action.communityCode);

function keysOf(action: EarningAction): string[] {
  switch (action.kind) {
    case 'reserve':
      return [reservationKey(action.reportId)];
    case 'earn':
      return action.reservedFor === undefined ? [action.creditKey] : [action.creditKey, releaseKey(action.reservedFor)];
    case 'void':
      return [releaseKey(action.reportId)];
  }
}

async function openReservations(manager: EntityManager, reportIds: string[]): Promise<Map<string, OpenReservation>> {
  const rows = await manager.query<
    { report_id: string; amount: number; rule_version_id: string; community_code: string | null; debit_account_id: string }[]
  >(
    `SELECT report.id AS report_id, reserved.amount, reserved.rule_version_id, reserved.community_code, reserved.debit_account_id
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS report(id, reserved_key, earned_key, released_key)
       JOIN ledger_postings reserved ON reserved.credit_key = report.reserved_key
      WHERE NOT EXISTS (SELECT 1 FROM ledger_postings settled WHERE settled.credit_key IN (report.earned_key, report.released_key))`,
    [reportIds, reportIds.map(reservationKey), reportIds.map(reportEarningKey), reportIds.map(releaseKey)],
  );
  return new Map(
    rows.map((row) => [
      row.report_id,
      {
        reportId: row.report_id,
        amount: row.amount,
        ruleVersionId: row.rule_version_id,
        communityCode: row.community_code,
        budgetAccountId: row.debit_account_id,
      },
    ]),
  );
}

async function postedKeysOf(manager: EntityManager, keys: string[]): Promise<Set<string>> {
  const rows = await manager.query<{ credit_key: string }[]>(`SELECT credit_key FROM ledger_postings WHERE credit_key = ANY($1::text[])`, [
    keys,
  ]);
  return new Set(rows.map((row) => row.credit_key));
}

/** What each worker earned under each rule, per city day, in every month one of the run's earnings falls in. */
async function earnedByDayOf(
  manager: EntityManager,
  calendar: CityCalendar,
  workerAccountIds: string[],
  actions: readonly EarningAction[],
): Promise<Map<string, number>> {
  const months = [...new Set(actions.flatMap((action) => (action.kind === 'earn' ? [calendar.monthOf(action.rule.at)] : [])))].map(
    (month) => calendar.monthBounds(month),
  );
  if (months.length === 0) return new Map();
  const rows = await manager.query<{ account_id: string; event_type: string; category_group: string; day: string; points: string }[]>(
    `SELECT posting.credit_account_id AS account_id, version.event_type, version.category_group,
            to_char(posting.earned_at AT TIME ZONE $4, 'YYYY-MM-DD') AS day, sum(posting.amount) AS points
       FROM unnest($2::timestamptz[], $3::timestamptz[]) AS month(start, "end")
       JOIN ledger_postings posting ON posting.earned_at >= month.start AND posting.earned_at < month."end"
       JOIN earning_rule_versions version ON version.id = posting.rule_version_id
      WHERE posting.credit_account_id = ANY($1::uuid[])
      GROUP BY 1, 2, 3, 4`,
    [workerAccountIds, months.map(({ start }) => start), months.map(({ end }) => end), calendar.zone],
  );
  return new Map(
    rows.map((row) => [capDayKey(row.account_id, { eventType: row.event_type, group: row.category_group }, row.day), Number(row.points)]),
  );
}
