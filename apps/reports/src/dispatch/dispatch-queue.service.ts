import { Injectable } from '@nestjs/common';
import { Actor, isStaff, Page, PageRequest, ReportStatus, toPage } from '@waystation/contracts';
import { DataSource } from 'typeorm';
import { ReportQueries } from '../reports/report-queries.service';
import { Report } from '../reports/report.entity';
import { DispatchNotAllowedError } from './dispatch-errors';

/** What waits for staff to dispatch: no rule matched, every department answered "not responsible", or reopened. */
export const AWAITING_DISPATCH: readonly ReportStatus[] = ['confirmed', 'not-responsible', 'reopened'];

/** The manual dispatch queue: reports of the caller's communities (an admin's: every community) waiting for staff, oldest first. */
@Injectable()
export class DispatchQueue {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: ReportQueries,
  ) {}

  async page(actor: Actor, { cursor, limit }: PageRequest): Promise<Page<Report>> {
    if (!isStaff(actor)) throw new DispatchNotAllowedError(actor.role);
    const communities = actor.role === 'admin' ? null : actor.scopes.communities;
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM reports
        WHERE status = ANY($1::text[]) AND ($2::text[] IS NULL OR community_code = ANY($2::text[])) AND ($3::uuid IS NULL OR id > $3)
        ORDER BY id LIMIT $4`,
      [AWAITING_DISPATCH, communities, cursor ?? null, limit + 1],
    );
    const reports = await this.queries.byIds(
      this.dataSource.manager,
      rows.map((row) => row.id),
    );
    return toPage(
      rows,
      limit,
      (row) => reports.get(row.id) as Report,
      (row) => row.id,
    );
  }
}
