import { Injectable } from '@nestjs/common';
import { reportOverdueV1, ReportOverdueV1, SlaDeadlineKind } from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { DataSource, EntityManager } from 'typeorm';
import { ACTIVE_ASSIGNMENT_STATUSES } from '../dispatch/assignment-moves';
import { DepartmentFeed } from '../dispatch/department-feed.service';
import { SERVICE_NAME } from '../service-name';
import { slaMetByParameters, slaUnmetCondition } from './sla-met-by';

const BATCH = 500;

interface BreachRow {
  report_id: string;
  /** Set for a department's own deadline. */
  department_code?: string;
  kind: SlaDeadlineKind;
  due_at: Date;
  detected_at: Date;
  category: string;
  private: boolean;
  community_code: string | null;
  district_code: string | null;
}

const REPORT_FIELDS = 'r.category, r.private, r.community_code, r.district_code';

/**
 * Records every deadline that passed unmet as a breach and announces it with `report.overdue`, in the same
 * transaction: first the reports' own deadlines, then each department's (`departmentCode` set, and a copy on the
 * department's topic). Safe to run twice and on several replicas at once: a breach's key is (report, kind,
 * deadline), or (report, department, kind, deadline), so when two runs find the same breach the second insert waits
 * for the first and then does nothing, and only the run whose row was inserted writes the event.
 */
@Injectable()
export class OverdueDetector {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly feed: DepartmentFeed,
  ) {}

  /** How many breaches this run recorded. */
  async run(now = new Date(), correlationId = `report-overdue-${now.toISOString()}`): Promise<number> {
    const reports = await this.inBatches(async (manager) => {
      const breaches = await recordReportBreaches(manager, now);
      await this.outbox.add(manager, ...breaches.map((breach) => overdueEvent(breach, correlationId)));
      return breaches.length;
    });
    const departments = await this.inBatches(async (manager) => {
      const breaches = await recordDepartmentBreaches(manager, now);
      await this.feed.add(manager, ...breaches.map((breach) => overdueEvent(breach, correlationId)));
      return breaches.length;
    });
    return reports + departments;
  }

  private async inBatches(batch: (manager: EntityManager) => Promise<number>): Promise<number> {
    let recorded = 0;
    for (;;) {
      const count = await this.dataSource.transaction(batch);
      recorded += count;
      // A shorter batch is the end, or another run took some of it; the next run picks up anything left.
      if (count < BATCH) return recorded;
    }
  }
}

function recordReportBreaches(manager: EntityManager, now: Date): Promise<BreachRow[]> {
  return manager.query<BreachRow[]>(
    `WITH breached AS (
       INSERT INTO report_sla_breaches (report_id, kind, due_at, detected_at)
       SELECT d.report_id, d.kind, d.due_at, $1
         FROM report_sla_deadlines d JOIN reports r ON r.id = d.report_id
        WHERE d.due_at <= $1 AND ${slaUnmetCondition(2)}
          AND NOT EXISTS (SELECT 1 FROM report_sla_breaches b WHERE (b.report_id, b.kind, b.due_at) = (d.report_id, d.kind, d.due_at))
        ORDER BY d.due_at, d.report_id, d.kind
        LIMIT ${BATCH}
       ON CONFLICT DO NOTHING
       RETURNING *)
     SELECT b.*, ${REPORT_FIELDS} FROM breached b JOIN reports r ON r.id = b.report_id`,
    [now, ...slaMetByParameters()],
  );
}

/** A department's acknowledge deadline runs while it is still `dispatched`, its resolve deadline while it is on the case. */
function recordDepartmentBreaches(manager: EntityManager, now: Date): Promise<BreachRow[]> {
  return manager.query<BreachRow[]>(
    `WITH due AS (
       SELECT report_id, department_code, 'acknowledge' AS kind, acknowledge_due_at AS due_at
         FROM report_assignments WHERE status = 'dispatched' AND acknowledge_due_at <= $1
       UNION ALL
       SELECT report_id, department_code, 'resolve', resolve_due_at
         FROM report_assignments WHERE status = ANY($2::text[]) AND resolve_due_at <= $1),
     breached AS (
       INSERT INTO report_assignment_breaches (report_id, department_code, kind, due_at, detected_at)
       SELECT d.report_id, d.department_code, d.kind, d.due_at, $1 FROM due d
        WHERE NOT EXISTS (
                SELECT 1 FROM report_assignment_breaches b
                 WHERE (b.report_id, b.department_code, b.kind, b.due_at) = (d.report_id, d.department_code, d.kind, d.due_at))
        ORDER BY d.due_at, d.report_id, d.department_code, d.kind
        LIMIT ${BATCH}
       ON CONFLICT DO NOTHING
       RETURNING *)
     SELECT b.*, ${REPORT_FIELDS} FROM breached b JOIN reports r ON r.id = b.report_id`,
    [now, ACTIVE_ASSIGNMENT_STATUSES],
  );
}

function overdueEvent(breach: BreachRow, correlationId: string): ReportOverdueV1 {
  return reportOverdueV1.create({
    aggregateId: breach.report_id,
    producer: SERVICE_NAME,
    correlationId,
    occurredAt: breach.detected_at,
    payload: {
      reportId: breach.report_id,
      category: breach.category,
      private: breach.private,
      communityCode: breach.community_code,
      districtCode: breach.district_code,
      departmentCode: breach.department_code,
      kind: breach.kind,
      dueAt: breach.due_at.toISOString(),
      detectedAt: breach.detected_at.toISOString(),
    },
  });
}
