import { Injectable } from '@nestjs/common';
import { ReportStatus } from '@waystation/contracts';
import { DataSource } from 'typeorm';
import { validate as isUuid } from 'uuid';
import { ReportNotFoundError } from '../reports/report-errors';

/**
 * A report as Open311 publishes it: what the standard's fields need, never the reporter, their words or the photos. Care
 * referrals (private reports) are never one.
 */
export interface ServiceRequestRow {
  id: string;
  status: ReportStatus;
  category: string;
  category_name: string;
  lat: number;
  lng: number;
  submitted_at: Date;
  updated_at: Date;
  /** The names of the departments it was sent to, comma-separated; null before dispatch. */
  agencies: string | null;
}

/** One step of a public report's history. */
export interface ServiceRequestUpdateRow {
  id: string;
  report_id: string;
  status: ReportStatus;
  at: Date;
}

export interface TimeWindow {
  start: Date;
  end: Date;
}

/** Which requests: by ids alone, or by category, statuses and a window of submission times; a page of them. */
export type ServiceRequestFilter =
  { ids: string[] } | { category?: string; statuses?: readonly ReportStatus[]; submitted: TimeWindow; offset: number; limit: number };

/** The most updates one answer holds. */
const MAX_UPDATES = 1_000;

const REQUEST_COLUMNS = `
  r.id, r.status, r.category, c.name_zh AS category_name, r.lat, r.lng, r.submitted_at,
  coalesce((SELECT max(h.at) FROM report_history h WHERE h.report_id = r.id), r.submitted_at) AS updated_at,
  (SELECT string_agg(d.name_zh, ',' ORDER BY d.code) FROM report_assignments a JOIN departments d ON d.code = a.department_code
    WHERE a.report_id = r.id) AS agencies`;

/** The public reports as Open311 service requests, newest first, and the steps of their lives. */
@Injectable()
export class ServiceRequests {
  constructor(private readonly dataSource: DataSource) {}

  find(filter: ServiceRequestFilter): Promise<ServiceRequestRow[]> {
    if ('ids' in filter) {
      return this.dataSource.query<ServiceRequestRow[]>(
        `SELECT ${REQUEST_COLUMNS} FROM reports r JOIN report_categories c ON c.code = r.category
          WHERE NOT r.private AND r.id = ANY($1::uuid[])
          ORDER BY r.submitted_at DESC, r.id DESC`,
        [filter.ids],
      );
    }
    return this.dataSource.query<ServiceRequestRow[]>(
      `SELECT ${REQUEST_COLUMNS} FROM reports r JOIN report_categories c ON c.code = r.category
        WHERE NOT r.private AND r.submitted_at >= $1 AND r.submitted_at <= $2
          AND ($3::text IS NULL OR r.category = $3) AND ($4::text[] IS NULL OR r.status = ANY($4::text[]))
        ORDER BY r.submitted_at DESC, r.id DESC
        OFFSET $5 LIMIT $6`,
      [filter.submitted.start, filter.submitted.end, filter.category ?? null, filter.statuses ?? null, filter.offset, filter.limit],
    );
  }

  async get(id: string): Promise<ServiceRequestRow> {
    const [row] = isUuid(id) ? await this.find({ ids: [id] }) : [];
    if (!row) throw new ReportNotFoundError(id);
    return row;
  }

  updates(window: TimeWindow): Promise<ServiceRequestUpdateRow[]> {
    return this.dataSource.query<ServiceRequestUpdateRow[]>(
      `SELECT h.id::text AS id, h.report_id, h.status, h.at FROM report_history h JOIN reports r ON r.id = h.report_id
        WHERE NOT r.private AND h.at >= $1 AND h.at <= $2
        ORDER BY h.at, h.id
        LIMIT $3`,
      [window.start, window.end, MAX_UPDATES],
    );
  }
}
