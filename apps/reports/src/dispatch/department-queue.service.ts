import { Injectable } from '@nestjs/common';
import {
  Actor,
  DepartmentAssignmentStatus,
  GeoPoint,
  Page,
  PageRequest,
  ReportCategoryCode,
  ReportCategoryGroup,
  ReportSeverity,
  ReportStatus,
  toPage,
} from '@waystation/contracts';
import { DataSource } from 'typeorm';
import { CARE_DEPARTMENT } from '../visibility/report-visibility';
import { ACTIVE_ASSIGNMENT_STATUSES } from './assignment-moves';
import { departmentOf } from './department-work.service';

export interface DepartmentQueueQuery extends PageRequest {
  status?: DepartmentAssignmentStatus;
  category?: ReportCategoryCode;
  overdue?: boolean;
}

/** A report in a department's queue, as the department sees it: its own part, the report, the SLA clocks. */
export interface DepartmentQueueItem {
  reportId: string;
  departmentCode: string;
  status: DepartmentAssignmentStatus;
  reportStatus: ReportStatus;
  category: { code: string; group: ReportCategoryGroup; name: { 'zh-CN': string; en: string } };
  severity: ReportSeverity | null;
  private: boolean;
  /** Null, with the description and address, for a care referral unless the department is civil affairs. */
  description: string | null;
  location: GeoPoint | null;
  address: string | null;
  communityCode: string | null;
  districtCode: string | null;
  dispatchedAt: Date;
  updatedAt: Date;
  acknowledgeDueAt: Date | null;
  resolveDueAt: Date | null;
  overdue: boolean;
}

interface QueueRow extends Omit<DepartmentQueueItem, 'category' | 'location'> {
  categoryCode: string;
  categoryGroup: ReportCategoryGroup;
  nameZh: string;
  nameEn: string;
  lat: number;
  lng: number;
}

/**
 * A department's queue: the reports routed to the caller's department (never another's, never one taken from
 * it), oldest first, with filters by its own status, category and overdue. Overdue: still to acknowledge past the
 * acknowledge deadline, or not resolved past the resolve deadline (the department's own deadlines, from its dispatch).
 */
@Injectable()
export class DepartmentQueue {
  constructor(private readonly dataSource: DataSource) {}

  async page(actor: Actor, query: DepartmentQueueQuery): Promise<Page<DepartmentQueueItem>> {
    const department = departmentOf(actor);
    const rows = await this.dataSource.query<QueueRow[]>(
      `SELECT * FROM (
         SELECT a.report_id AS "reportId", a.department_code AS "departmentCode", a.status, r.status AS "reportStatus",
                r.category AS "categoryCode", c."group" AS "categoryGroup", c.name_zh AS "nameZh", c.name_en AS "nameEn",
                r.severity, r.private, r.description, r.lat, r.lng, r.address, r.community_code AS "communityCode",
                r.district_code AS "districtCode", a.dispatched_at AS "dispatchedAt", a.updated_at AS "updatedAt",
                a.acknowledge_due_at AS "acknowledgeDueAt", a.resolve_due_at AS "resolveDueAt",
                (a.status = 'dispatched' AND a.acknowledge_due_at < now()) OR (a.status = ANY($2::text[]) AND a.resolve_due_at < now()) AS overdue
           FROM report_assignments a
           JOIN reports r ON r.id = a.report_id
           JOIN report_categories c ON c.code = r.category
          WHERE a.department_code = $1 AND a.status <> 'withdrawn' AND ($3::text IS NULL OR a.status = $3)
            AND ($4::text IS NULL OR r.category = $4) AND ($5::uuid IS NULL OR a.report_id > $5)) AS queue
        WHERE ($6::boolean IS NULL OR coalesce(overdue, false) = $6)
        ORDER BY "reportId" LIMIT $7`,
      [
        department,
        ACTIVE_ASSIGNMENT_STATUSES,
        query.status ?? null,
        query.category ?? null,
        query.cursor ?? null,
        query.overdue ?? null,
        query.limit + 1,
      ],
    );
    return toPage(
      rows,
      query.limit,
      (row) => itemOf(row, department === CARE_DEPARTMENT),
      (row) => row.reportId,
    );
  }
}

function itemOf(row: QueueRow, seesCareReferrals: boolean): DepartmentQueueItem {
  const { categoryCode, categoryGroup, nameZh, nameEn, lat, lng, ...item } = row;
  const hidden = row.private && !seesCareReferrals;
  return {
    ...item,
    category: { code: categoryCode, group: categoryGroup, name: { 'zh-CN': nameZh, en: nameEn } },
    description: hidden ? null : row.description,
    location: hidden ? null : { lat, lng },
    address: hidden ? null : row.address,
    overdue: row.overdue ?? false,
  };
}
