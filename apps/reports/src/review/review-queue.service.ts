import { Injectable } from '@nestjs/common';
import { Actor, isStaff, Page, ReportCategoryCode } from '@waystation/contracts';
import { DataSource } from 'typeorm';
import { InvalidQueueCursorError, ReviewNotAllowedError } from '../reports/report-errors';
import { ReportQueries } from '../reports/report-queries.service';
import { Report } from '../reports/report.entity';

export interface ReviewQueueQuery {
  community?: string;
  category?: ReportCategoryCode;
  minAgeMinutes?: number;
  duplicatesOnly: boolean;
  cursor?: string;
  limit: number;
}

export interface ReviewQueueCounts {
  total: number;
  byCategory: { category: ReportCategoryCode; count: number }[];
  duplicates: number;
}

export interface ReviewQueuePage extends Page<Report> {
  counts: ReviewQueueCounts;
}

/** Where the last page ended: the queue is ordered by submission time, then id. */
interface QueuePosition {
  submittedAt: string;
  id: string;
}

/**
 * The reports waiting for a reviewer, oldest first: community staff see their communities' (an admin every
 * community's, or one with `community`), never another community's. The counts cover the whole queue in scope
 * (the `community` filter applies; category, age and duplicates filters do not), for the console's filter chips.
 */
@Injectable()
export class ReviewQueue {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: ReportQueries,
  ) {}

  async page(actor: Actor, query: ReviewQueueQuery): Promise<ReviewQueuePage> {
    if (!isStaff(actor)) throw new ReviewNotAllowedError(actor.role);
    const communities = communitiesInScope(actor, query.community);
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const rows = await manager.query<{ id: string; submitted_at: Date }[]>(
        `SELECT id, submitted_at FROM reports
          WHERE status = 'submitted' AND ($1::text[] IS NULL OR community_code = ANY($1::text[]))
            AND ($2::text IS NULL OR category = $2) AND ($3::int IS NULL OR submitted_at <= now() - make_interval(mins => $3))
            AND (NOT $4 OR duplicate_of IS NOT NULL)
            AND ($5::timestamptz IS NULL OR (submitted_at, id) > ($5::timestamptz, $6::uuid))
          ORDER BY submitted_at, id LIMIT $7`,
        [
          communities,
          query.category ?? null,
          query.minAgeMinutes ?? null,
          query.duplicatesOnly,
          after?.submittedAt ?? null,
          after?.id ?? null,
          query.limit + 1,
        ],
      );
      const counts = await manager.query<{ category: ReportCategoryCode; count: number; duplicates: number }[]>(
        `SELECT category, count(*)::int AS count, count(duplicate_of)::int AS duplicates FROM reports
          WHERE status = 'submitted' AND ($1::text[] IS NULL OR community_code = ANY($1::text[]))
          GROUP BY category ORDER BY category`,
        [communities],
      );
      const items = rows.slice(0, query.limit);
      const reports = await this.queries.byIds(
        manager,
        items.map((row) => row.id),
      );
      const last = items[items.length - 1];
      return {
        items: items.map((row) => reports.get(row.id) as Report),
        nextCursor: rows.length > query.limit ? encodeCursor({ submittedAt: last.submitted_at.toISOString(), id: last.id }) : null,
        counts: {
          total: counts.reduce((sum, row) => sum + row.count, 0),
          byCategory: counts.map(({ category, count }) => ({ category, count })),
          duplicates: counts.reduce((sum, row) => sum + row.duplicates, 0),
        },
      };
    });
  }
}

/** The communities whose reports the caller's queue holds; null for every community (an admin without a filter). */
function communitiesInScope(actor: Actor, community: string | undefined): string[] | null {
  if (actor.role === 'admin') return community ? [community] : null;
  const served = actor.scopes.communities;
  if (!community) return served;
  return served.includes(community) ? [community] : [];
}

function encodeCursor(position: QueuePosition): string {
  return Buffer.from(`${position.submittedAt}|${position.id}`).toString('base64url');
}

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

function decodeCursor(cursor: string): QueuePosition {
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new InvalidQueueCursorError();
  return { submittedAt: match[1], id: match[2] };
}
