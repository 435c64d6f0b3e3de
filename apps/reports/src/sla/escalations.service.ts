import { Injectable } from '@nestjs/common';
import { Actor, Page, PageRequest, ReportStatus, SlaDeadlineKind, toPage } from '@waystation/contracts';
import { DataSource } from 'typeorm';
import { EscalationsStaffOnlyError } from './sla-errors';
import { slaMetByParameters, slaUnmetCondition } from './sla-met-by';

/** A report past a deadline it has not met. */
export interface Escalation {
  reportId: string;
  category: string;
  status: ReportStatus;
  private: boolean;
  communityCode: string | null;
  kind: SlaDeadlineKind;
  dueAt: Date;
  overdueMinutes: number;
}

interface EscalationRow {
  report_id: string;
  category: string;
  status: ReportStatus;
  private: boolean;
  community_code: string | null;
  kind: SlaDeadlineKind;
  due_at: Date;
  /** The deadline to the microsecond, as PostgreSQL keeps it (a Date has milliseconds): the cursor's first part. */
  due_micros: string;
}

/**
 * The escalation view: reports overdue now, most overdue first, for community staff (their communities) and the
 * city office (every community). Read from the deadlines, so a report shows here the moment it is late, before
 * the overdue job has announced it.
 */
@Injectable()
export class Escalations {
  constructor(private readonly dataSource: DataSource) {}

  async list(actor: Actor, { cursor, limit }: PageRequest, now = new Date()): Promise<Page<Escalation>> {
    if (actor.role !== 'admin' && actor.role !== 'community-staff') throw new EscalationsStaffOnlyError(actor.role);
    const after = cursor?.split('.');
    const rows = await this.dataSource.query<EscalationRow[]>(
      `SELECT d.report_id, d.kind, d.due_at, (extract(epoch FROM d.due_at) * 1000000)::bigint::text AS due_micros,
              r.category, r.status, r.private, r.community_code
         FROM report_sla_deadlines d JOIN reports r ON r.id = d.report_id
        WHERE d.due_at <= $1 AND ${slaUnmetCondition(2)}
          AND ($4::text[] IS NULL OR r.community_code = ANY($4::text[]))
          AND ($5::bigint IS NULL
               OR (d.due_at, d.report_id, d.kind) > (timestamptz 'epoch' + $5::bigint * interval '1 microsecond', $6::uuid, $7::text))
        ORDER BY d.due_at, d.report_id, d.kind
        LIMIT $8`,
      [
        now,
        ...slaMetByParameters(),
        actor.role === 'admin' ? null : actor.scopes.communities,
        after?.[0] ?? null,
        after?.[1] ?? null,
        after?.[2] ?? null,
        limit + 1,
      ],
    );
    return toPage(
      rows,
      limit,
      (row) => escalationOf(row, now),
      (row) => `${row.due_micros}.${row.report_id}.${row.kind}`,
    );
  }
}

function escalationOf(row: EscalationRow, now: Date): Escalation {
  return {
    reportId: row.report_id,
    category: row.category,
    status: row.status,
    private: row.private,
    communityCode: row.community_code,
    kind: row.kind,
    dueAt: row.due_at,
    overdueMinutes: Math.floor((now.getTime() - row.due_at.getTime()) / 60_000),
  };
}
