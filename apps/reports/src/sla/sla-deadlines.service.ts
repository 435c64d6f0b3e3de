import { Inject, Injectable } from '@nestjs/common';
import { SlaDeadlineKind } from '@waystation/contracts';
import { EntityManager } from 'typeorm';
import { SlaClock } from './sla-clock';
import { SlaPolicies } from './sla-policies.service';
import { SlaTerms } from './sla-policy';
import { SLA_SETTINGS, SlaSettings } from './sla-settings';

const ALL_KINDS: readonly SlaDeadlineKind[] = ['acknowledge', 'resolve'];

/**
 * Starts (or restarts) reports' SLA deadlines, in the caller's transaction: confirmation starts both, and a
 * dispatch may restart either. A restarted deadline replaces the running one; having a new due time, it can be
 * breached (and announced) anew. Each department's own deadlines (`of`) come from the same policy and clock.
 */
@Injectable()
export class SlaDeadlines {
  private readonly clock: SlaClock;

  constructor(
    private readonly policies: SlaPolicies,
    @Inject(SLA_SETTINGS) settings: SlaSettings,
  ) {
    this.clock = new SlaClock(settings.calendar);
  }

  async start(manager: EntityManager, reportIds: string[], startedAt: Date, kinds: readonly SlaDeadlineKind[] = ALL_KINDS): Promise<void> {
    if (reportIds.length === 0) return;
    const reports = await manager.query<{ id: string; category: string }[]>(`SELECT id, category FROM reports WHERE id = ANY($1::uuid[])`, [
      reportIds,
    ]);
    const policies = await this.policies.forCategories(manager, [...new Set(reports.map((report) => report.category))]);
    const deadlines = reports.flatMap((report) =>
      kinds.map((kind) => ({ reportId: report.id, kind, dueAt: this.dueAt(policies.get(report.category) as SlaTerms, kind, startedAt) })),
    );
    await manager.query(
      `INSERT INTO report_sla_deadlines (report_id, kind, started_at, due_at)
       SELECT deadline.report_id, deadline.kind, $1, deadline.due_at
         FROM unnest($2::uuid[], $3::text[], $4::timestamptz[]) AS deadline(report_id, kind, due_at)
       ON CONFLICT (report_id, kind) DO UPDATE SET started_at = EXCLUDED.started_at, due_at = EXCLUDED.due_at`,
      [startedAt, deadlines.map((d) => d.reportId), deadlines.map((d) => d.kind), deadlines.map((d) => d.dueAt)],
    );
  }

  /** Both deadlines of a report of `category` started at `startedAt` (a department's own, from its dispatch). */
  async of(manager: EntityManager, category: string, startedAt: Date): Promise<Record<SlaDeadlineKind, Date>> {
    const terms = (await this.policies.forCategories(manager, [category])).get(category) as SlaTerms;
    return { acknowledge: this.dueAt(terms, 'acknowledge', startedAt), resolve: this.dueAt(terms, 'resolve', startedAt) };
  }

  /** The deadline a report of `terms` started at `startedAt` has: the one computation every start goes through. */
  dueAt(terms: SlaTerms, kind: SlaDeadlineKind, startedAt: Date): Date {
    const allowance = kind === 'acknowledge' ? { hours: terms.acknowledgeWithinHours } : { days: terms.resolveWithinDays };
    return this.clock.deadline(startedAt, allowance, terms.clock);
  }
}
