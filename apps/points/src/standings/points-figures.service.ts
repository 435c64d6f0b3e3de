import { Injectable } from '@nestjs/common';
import { Actor, ReportCategoryGroup, ReportCategoryGroups } from '@waystation/contracts';
import { DataSource } from 'typeorm';
import { CityCalendar } from '../calendar/city-calendar';
import { REDEMPTION_REASON, REFUND_REASON } from '../redemptions/redemption-events';
import { communitiesWhoseFiguresAreVisibleTo } from '../access/community-figures-access';

/** What a community's workers earned in a month, against its budget. */
export interface CommunityFigures {
  communityCode: string;
  districtCode: string;
  /** Points earned by the community's reports (what was charged to its budget). */
  earned: number;
  earnedByGroup: Record<ReportCategoryGroup, number>;
  /** Reports that earned points. */
  creditedReports: number;
  /** Points reserved for reports that were rejected or merged, or that a cap left unearned. */
  voided: number;
  /** Points spent on rewards collected at the community's stations, less what was refunded. */
  redeemed: number;
  budget: number | null;
  /** earned ÷ budget, in percent, one decimal; null without a budget. */
  budgetUsedPercent: number | null;
}

interface FigureRow {
  community_code: string;
  category_group: string | null;
  earned: string;
  reports: string;
  voided: string;
  budget: number | null;
}

/**
 * The community figures for staff (their communities) and the city office (all): every figure is a sum of
 * postings, so it reconciles with the ledger, and a month is the city's calendar month of the facts.
 */
@Injectable()
export class PointsFigures {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendar: CityCalendar,
  ) {}

  async monthly(actor: Actor, month: string): Promise<CommunityFigures[]> {
    const communities = communitiesWhoseFiguresAreVisibleTo(actor, 'the community figures');
    const { start, end } = this.calendar.monthBounds(month);
    const rows = await this.dataSource.query<FigureRow[]>(
      `WITH month_postings AS (
         SELECT posting.*, account.kind AS credited_kind
           FROM ledger_postings posting
           JOIN ledger_accounts account ON account.id = posting.credit_account_id
          WHERE posting.community_code IS NOT NULL
            AND coalesce(posting.earned_at, posting.posted_at) >= $2
            AND coalesce(posting.earned_at, posting.posted_at) < $3
            AND ($4::text[] IS NULL OR posting.community_code = ANY($4::text[]))
       )
       SELECT posting.community_code, version.category_group,
              coalesce(sum(posting.amount) FILTER (WHERE posting.credited_kind = 'worker'), 0) AS earned,
              count(DISTINCT posting.reference_id) FILTER (WHERE posting.credited_kind = 'worker') AS reports,
              coalesce(sum(posting.amount) FILTER (WHERE posting.reason = 'report.voided'), 0) AS voided,
              budget.points AS budget
         FROM month_postings posting
         LEFT JOIN earning_rule_versions version ON version.id = posting.rule_version_id
         LEFT JOIN community_budgets budget ON budget.community_code = posting.community_code AND budget.month = ($1 || '-01')::date
        GROUP BY posting.community_code, version.category_group, budget.points
        ORDER BY posting.community_code`,
      [month, start, end, communities],
    );
    const byCommunity = new Map<string, CommunityFigures>();
    for (const row of rows) {
      const figures = byCommunity.get(row.community_code) ?? emptyFigures(row.community_code, row.budget);
      const earned = Number(row.earned);
      figures.earned += earned;
      if (row.category_group && (ReportCategoryGroups as readonly string[]).includes(row.category_group)) {
        figures.earnedByGroup[row.category_group as ReportCategoryGroup] += earned;
      }
      figures.creditedReports += Number(row.reports);
      figures.voided += Number(row.voided);
      byCommunity.set(row.community_code, figures);
    }
    for (const row of await this.redeemed(month, start, end, communities)) {
      const figures = byCommunity.get(row.community_code) ?? emptyFigures(row.community_code, row.budget);
      figures.redeemed = Number(row.redeemed);
      byCommunity.set(row.community_code, figures);
    }
    return [...byCommunity.values()]
      .sort((a, b) => a.communityCode.localeCompare(b.communityCode))
      .map((figures) => ({
        ...figures,
        budgetUsedPercent: figures.budget ? Math.round((figures.earned / figures.budget) * 1_000) / 10 : null,
      }));
  }

  /** A month's redemptions by the community of the station that holds the reward, net of refunds. */
  private redeemed(
    month: string,
    start: Date,
    end: Date,
    communities: string[] | null,
  ): Promise<{ community_code: string; redeemed: string; budget: number | null }[]> {
    return this.dataSource.query(
      `SELECT station.community_code,
              sum(CASE WHEN posting.reason = $5 THEN posting.amount ELSE -posting.amount END) AS redeemed,
              budget.points AS budget
         FROM ledger_postings posting
         JOIN redemptions redemption ON redemption.id::text = posting.reference_id
         JOIN station_communities station ON station.station_id = redemption.station_id
         LEFT JOIN community_budgets budget ON budget.community_code = station.community_code AND budget.month = ($1 || '-01')::date
        WHERE posting.reason IN ($5, $6) AND posting.posted_at >= $2 AND posting.posted_at < $3
          AND ($4::text[] IS NULL OR station.community_code = ANY($4::text[]))
        GROUP BY station.community_code, budget.points`,
      [month, start, end, communities, REDEMPTION_REASON, REFUND_REASON],
    );
  }
}

function emptyFigures(communityCode: string, budget: number | null): CommunityFigures {
  return {
    communityCode,
    districtCode: communityCode.slice(0, 6),
    earned: 0,
    earnedByGroup: Object.fromEntries(ReportCategoryGroups.map((group) => [group, 0])) as Record<ReportCategoryGroup, number>,
    creditedReports: 0,
    voided: 0,
    redeemed: 0,
    budget,
    budgetUsedPercent: null,
  };
}
