import { Injectable } from '@nestjs/common';
import { Actor, isStaff, Page, PageRequest, ReportStatus, toPage } from '@waystation/contracts';
import { DataSource, EntityManager, FindOptionsWhere, In, LessThan } from 'typeorm';
import { ReportNotFoundError } from './report-errors';
import { Report } from './report.entity';

export interface ReportListQuery extends PageRequest {
  status?: ReportStatus;
}

/** Reads reports as the caller may see them: workers their own, staff every report. */
@Injectable()
export class ReportQueries {
  constructor(private readonly dataSource: DataSource) {}

  async get(actor: Actor, reportId: string): Promise<Report> {
    const report = await this.dataSource.getRepository(Report).findOne({
      where: { id: reportId },
      relations: { history: true, photos: true },
    });
    // Someone else's report answers like a missing one, so ids cannot be probed.
    if (!report || !this.canSee(actor, report)) throw new ReportNotFoundError(reportId);
    return report;
  }

  /** The given reports with their history, by id (for a reviewer, who may see every report), in `manager`'s transaction. */
  async byIds(manager: EntityManager, reportIds: string[]): Promise<Map<string, Report>> {
    const reports = await manager.find(Report, { where: { id: In(reportIds) }, relations: { history: true, photos: true } });
    return new Map(reports.map((report) => [report.id, report]));
  }

  async list(actor: Actor, { status, cursor, limit }: ReportListQuery): Promise<Page<Report>> {
    const where: FindOptionsWhere<Report> = {};
    if (status) where.status = status;
    if (!isStaff(actor)) where.reporterId = actor.id;
    if (cursor) where.id = LessThan(cursor);
    const rows = await this.dataSource.getRepository(Report).find({
      where,
      relations: { history: true, photos: true },
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

  private canSee(actor: Actor, report: Report): boolean {
    return isStaff(actor) || report.reporterId === actor.id;
  }
}
