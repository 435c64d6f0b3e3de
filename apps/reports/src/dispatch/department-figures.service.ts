import { Injectable } from '@nestjs/common';
import { Actor, LocalizedText } from '@waystation/contracts';
import { DataSource } from 'typeorm';
import { ACTIVE_ASSIGNMENT_STATUSES } from './assignment-moves';
import { DepartmentFiguresAdminOnlyError } from './dispatch-errors';

export interface DepartmentFiguresPeriod {
  from?: Date;
  to?: Date;
}

/** One department's figures over the reports dispatched to it in a period. */
export interface DepartmentFigure {
  code: string;
  name: LocalizedText;
  dispatched: number;
  open: number;
  overdue: number;
  acknowledged: number;
  medianMinutesToAcknowledge: number | null;
  resolved: number;
  medianMinutesToResolve: number | null;
}

interface FigureRow {
  code: string;
  name_zh: string;
  name_en: string;
  dispatched: string;
  open: string;
  overdue: string;
  acknowledged: string;
  median_seconds_to_acknowledge: number | null;
  resolved: string;
  median_seconds_to_resolve: number | null;
}

/**
 * The city office's figures per department, over the assignments dispatched in the period (each department's latest
 * dispatch of a report): how many it is still on, how many of those are past its own deadline now, and the median
 * elapsed time from dispatch to acknowledgement and to resolution. Acknowledged is the first step past dispatched
 * (resolving from acknowledged passes through in progress at once), counted from that dispatch on, so an earlier
 * round of a re-dispatched report does not count.
 */
@Injectable()
export class DepartmentFigures {
  constructor(private readonly dataSource: DataSource) {}

  async of(actor: Actor, { from, to }: DepartmentFiguresPeriod, now = new Date()): Promise<DepartmentFigure[]> {
    if (actor.role !== 'admin') throw new DepartmentFiguresAdminOnlyError(actor.role);
    const rows = await this.dataSource.query<FigureRow[]>(
      `WITH cohort AS (
         SELECT a.*,
                (SELECT min(h.at) FROM report_assignment_history h
                  WHERE (h.report_id, h.department_code) = (a.report_id, a.department_code) AND h.at >= a.dispatched_at
                    AND h.status IN ('acknowledged', 'in-progress', 'resolved')) AS acknowledged_at,
                (SELECT min(h.at) FROM report_assignment_history h
                  WHERE (h.report_id, h.department_code) = (a.report_id, a.department_code) AND h.at >= a.dispatched_at
                    AND h.status = 'resolved') AS resolved_at
           FROM report_assignments a
          WHERE ($1::timestamptz IS NULL OR a.dispatched_at >= $1) AND ($2::timestamptz IS NULL OR a.dispatched_at < $2))
       SELECT d.code, d.name_zh, d.name_en,
              count(c.report_id) AS dispatched,
              count(c.report_id) FILTER (WHERE c.status = ANY($3::text[])) AS open,
              count(c.report_id) FILTER (
                WHERE (c.status = 'dispatched' AND c.acknowledge_due_at < $4) OR (c.status = ANY($3::text[]) AND c.resolve_due_at < $4)
              ) AS overdue,
              count(c.acknowledged_at) AS acknowledged,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c.acknowledged_at - c.dispatched_at)) AS median_seconds_to_acknowledge,
              count(c.resolved_at) AS resolved,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM c.resolved_at - c.dispatched_at)) AS median_seconds_to_resolve
         FROM departments d LEFT JOIN cohort c ON c.department_code = d.code
        GROUP BY d.code, d.name_zh, d.name_en
        ORDER BY d.code`,
      [from ?? null, to ?? null, ACTIVE_ASSIGNMENT_STATUSES, now],
    );
    return rows.map(figureOf);
  }
}

const minutesOf = (seconds: number | null) => (seconds === null ? null : Math.round(seconds / 60));

function figureOf(row: FigureRow): DepartmentFigure {
  return {
    code: row.code,
    name: { 'zh-CN': row.name_zh, en: row.name_en },
    dispatched: Number(row.dispatched),
    open: Number(row.open),
    overdue: Number(row.overdue),
    acknowledged: Number(row.acknowledged),
    medianMinutesToAcknowledge: minutesOf(row.median_seconds_to_acknowledge),
    resolved: Number(row.resolved),
    medianMinutesToResolve: minutesOf(row.median_seconds_to_resolve),
  };
}
