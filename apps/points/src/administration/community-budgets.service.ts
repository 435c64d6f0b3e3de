import { Injectable } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { DataSource } from 'typeorm';
import { CityCalendar } from '../calendar/city-calendar';
import { communitiesWhoseFiguresAreVisibleTo } from '../access/community-figures-access';
import { PointsAdministrationAdminOnlyError } from './administration-errors';

/** A community's budget for a month beside what its workers earned in it. */
export interface CommunityBudget {
  communityCode: string;
  /** `YYYY-MM` */
  month: string;
  points: number | null;
  earned: number;
  setBy: string | null;
  setAt: Date | null;
}

interface BudgetRow {
  community_code: string;
  points: number | null;
  earned: string;
  set_by: string | null;
  set_at: Date | null;
}

/**
 * The points each community may pay out per month, as the city office sets them, and what was earned against
 * them: the earnings charged to the community (reservations and releases are not earnings), by the city's month
 * of the fact earned for. A budget is a figure to steer by: reaching it does not stop workers earning.
 */
@Injectable()
export class CommunityBudgets {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendar: CityCalendar,
  ) {}

  /** The city office sees every community, community staff see theirs: budgets are the city's own figures. */
  async list(actor: Actor, month: string): Promise<CommunityBudget[]> {
    return this.read(month, communitiesWhoseFiguresAreVisibleTo(actor, 'community budgets'));
  }

  async set(actor: Actor, communityCode: string, month: string, points: number): Promise<CommunityBudget> {
    if (actor.role !== 'admin') throw new PointsAdministrationAdminOnlyError(actor.role, 'set community budgets');
    await this.dataSource.query(
      `INSERT INTO community_budgets (community_code, month, points, set_by, set_at) VALUES ($1, ($2 || '-01')::date, $3, $4, now())
       ON CONFLICT (community_code, month) DO UPDATE SET points = EXCLUDED.points, set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at`,
      [communityCode, month, points, actor.id],
    );
    const [budget] = await this.read(month, [communityCode]);
    return budget;
  }

  private async read(month: string, communities: string[] | null): Promise<CommunityBudget[]> {
    const { start, end } = this.calendar.monthBounds(month);
    const rows = await this.dataSource.query<BudgetRow[]>(
      `WITH earned AS (
         SELECT posting.community_code, sum(posting.amount) AS points
           FROM ledger_postings posting
           JOIN ledger_accounts account ON account.id = posting.credit_account_id AND account.kind = 'worker'
          WHERE posting.community_code IS NOT NULL
            AND posting.earned_at >= $2 AND posting.earned_at < $3
          GROUP BY posting.community_code
       ), budgets AS (
         SELECT * FROM community_budgets WHERE month = ($1 || '-01')::date
       )
       SELECT coalesce(budgets.community_code, earned.community_code) AS community_code, budgets.points,
              coalesce(earned.points, 0) AS earned, budgets.set_by, budgets.set_at
         FROM budgets FULL JOIN earned ON earned.community_code = budgets.community_code
        WHERE $4::text[] IS NULL OR coalesce(budgets.community_code, earned.community_code) = ANY($4::text[])
        ORDER BY 1`,
      [month, start, end, communities],
    );
    const found = rows.map((row) => ({
      communityCode: row.community_code,
      month,
      points: row.points,
      earned: Number(row.earned),
      setBy: row.set_by,
      setAt: row.set_at,
    }));
    // A community asked for by name is answered even when it has neither a budget nor earnings yet.
    if (communities === null) return found;
    return communities.map(
      (communityCode) => found.find((budget) => budget.communityCode === communityCode) ?? emptyBudget(communityCode, month),
    );
  }
}

const emptyBudget = (communityCode: string, month: string): CommunityBudget => ({
  communityCode,
  month,
  points: null,
  earned: 0,
  setBy: null,
  setAt: null,
});
