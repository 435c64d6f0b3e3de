import { Injectable } from '@nestjs/common';
import { Actor, Page, PageRequest, ReportStatus, toPage } from '@waystation/contracts';
import { DataSource, EntityManager, FindOptionsWhere, In, LessThan } from 'typeorm';
import { canSeeReport, visibleReportsWhere } from '../visibility/report-visibility';
import { ReportNotFoundError } from './report-errors';
import { Report } from './report.entity';

export interface ReportListQuery extends PageRequest {
  status?: ReportStatus;
}

/** What every read of a report loads with it. */
const REPORT_RELATIONS = { history: true, categoryDefinition: true, photos: true, assignments: { department: true, history: true } };

/** Reads reports as the caller may see them (visibility/report-visibility.ts: the one rule). */
@Injectable()
export class ReportQueries {
  constructor(private readonly dataSource: DataSource) {}

  async get(actor: Actor, reportId: string): Promise<Report> {
    const report = await this.dataSource.getRepository(Report).findOne({
      where: { id: reportId },
      relations: REPORT_RELATIONS,
    });
    // Someone else's report answers like a missing one, so ids cannot be probed.
    if (!report || !canSeeReport(actor, report)) throw new ReportNotFoundError(reportId);
    return report;
  }

  /** The given reports with their history, by id, in `manager`'s transaction (for a caller already allowed to see them). */
  async byIds(manager: EntityManager, reportIds: string[]): Promise<Map<string, Report>> {
    const reports = await manager.find(Report, {
      where: { id: In(reportIds) },
      relations: REPORT_RELATIONS,
    });
    return new Map(reports.map((report) => [report.id, report]));
  }

  /** One report with its history, in `manager`'s transaction (for a caller already allowed to see it, which exists). */
  async byId(manager: EntityManager, reportId: string): Promise<Report> {
    return (await this.byIds(manager, [reportId])).get(reportId) as Report;
  }

  async list(actor: Actor, { status, cursor, limit }: ReportListQuery): Promise<Page<Report>> {
    const where: FindOptionsWhere<Report> = {};
    if (status) where.status = status;
    if (cursor) where.id = LessThan(cursor);
    const rows = await this.dataSource.getRepository(Report).find({
      where: visibleReportsWhere(actor).map((visible) => ({ ...visible, ...where })),
      relations: REPORT_RELATIONS,
      order: { id: 'DESC' },
      take: limit + 1,
    });
    return toPage(
      rows,
      limit,
      (report) => report,
      (report) => report.id,
    );
  }
}
