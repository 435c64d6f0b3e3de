import { Injectable } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { DataSource } from 'typeorm';
import { CityCalendar } from '../calendar/city-calendar';
import { maskedName } from './masked-name';

export type LeaderboardScope = 'community' | 'district';

export interface LeaderboardEntry {
  /** Null on the caller's own line when they opted out of the boards. */
  rank: number | null;
  name: string;
  points: number;
  /** The caller's own line. */
  you: boolean;
}

export interface Leaderboard {
  scope: LeaderboardScope;
  code: string;
  month: string;
  entries: LeaderboardEntry[];
  /** The caller's own line when they earned there that month but are not among the entries shown (or opted out). */
  yours: LeaderboardEntry | null;
}

const TOP = 20;

/**
 * Monthly leaderboards computed from the ledger: what each worker earned in the month (by the city's clock)
 * from reports charged to a community, or to any community of a district. Names are masked; a worker who opted
 * out is left out and does not take a rank, but still sees their own standing.
 */
@Injectable()
export class Leaderboards {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendar: CityCalendar,
  ) {}

  async monthly(actor: Actor, scope: LeaderboardScope, code: string, month: string): Promise<Leaderboard> {
    const { start, end } = this.calendar.monthBounds(month);
    const rows = await this.dataSource.query<{ worker_id: string; display_name: string | null; on_leaderboard: boolean; points: string }[]>(
      `SELECT account.owner_id AS worker_id, profile.display_name, coalesce(profile.on_leaderboard, true) AS on_leaderboard,
              sum(posting.amount) AS points
         FROM ledger_postings posting
         JOIN ledger_accounts account ON account.id = posting.credit_account_id AND account.kind = 'worker'
         LEFT JOIN worker_profiles profile ON profile.worker_id = account.owner_id
        WHERE posting.rule_version_id IS NOT NULL
          AND posting.earned_at >= $3 AND posting.earned_at < $4
          AND (CASE WHEN $1 = 'community' THEN posting.community_code = $2 ELSE left(posting.community_code, 6) = $2 END)
        GROUP BY account.owner_id, profile.display_name, profile.on_leaderboard
        ORDER BY points DESC, account.owner_id`,
      [scope, code, start, end],
    );
    const ranked = rankOf(
      rows.filter((row) => row.on_leaderboard),
      actor.id,
    );
    const entries = ranked.slice(0, TOP);
    const own = rows.find((row) => row.worker_id === actor.id);
    const yours =
      own && !entries.some((entry) => entry.you)
        ? (ranked.find((entry) => entry.you) ?? { rank: null, name: maskedName(own.display_name), points: Number(own.points), you: true })
        : null;
    return { scope, code, month, entries, yours };
  }
}

/** Competition ranking (1, 2, 2, 4): equal points share a rank. */
function rankOf(rows: { worker_id: string; display_name: string | null; points: string }[], callerId: string): LeaderboardEntry[] {
  let rank = 0;
  let previous: number | undefined;
  return rows.map((row, index) => {
    const points = Number(row.points);
    if (points !== previous) rank = index + 1;
    previous = points;
    return { rank, name: maskedName(row.display_name), points, you: row.worker_id === callerId };
  });
}
