import { Injectable } from '@nestjs/common';
import { reportOverdueV1, ReportOverdueV1, SlaDeadlineKind } from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { DataSource } from 'typeorm';
import { SERVICE_NAME } from '../service-name';
import { slaMetByParameters, slaUnmetCondition } from './sla-met-by';

const BATCH = 500;

interface BreachRow {
  report_id: string;
  kind: SlaDeadlineKind;
  due_at: Date;
  detected_at: Date;
  category: string;
  private: boolean;
  community_code: string | null;
  district_code: string | null;
}

/**
 * Records every deadline that passed unmet as a breach and announces it with `report.overdue`, in the same
 * transaction. Safe to run twice and on several replicas at once: a breach's key is (report, kind, deadline), so
 * when two runs find the same breach the second insert waits for the first and then does nothing, and only
 * the run whose row was inserted writes the event.
 */
@Injectable()
export class OverdueDetector {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /** How many breaches this run recorded. */
  async run(now = new Date(), correlationId = `report-overdue-${now.toISOString()}`): Promise<number> {
    let recorded = 0;
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const breaches = await manager.query<BreachRow[]>(
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
           SELECT b.*, r.category, r.private, r.community_code, r.district_code FROM breached b JOIN reports r ON r.id = b.report_id`,
          [now, ...slaMetByParameters()],
        );
        await this.outbox.add(manager, ...breaches.map((breach) => overdueEvent(breach, correlationId)));
        return breaches.length;
      });
      recorded += batch;
      // A shorter batch is the end, or another run took some of it; the next run picks up anything left.
      if (batch < BATCH) return recorded;
    }
  }
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
      kind: breach.kind,
      dueAt: breach.due_at.toISOString(),
      detectedAt: breach.detected_at.toISOString(),
    },
  });
}
