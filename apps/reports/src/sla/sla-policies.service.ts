import { Injectable } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { SlaAdminOnlyError } from './sla-errors';
import { DEFAULT_POLICY_CODE, SlaPolicy, SlaTerms } from './sla-policy';

interface PolicyRow {
  category_code: string;
  acknowledge_within_hours: number;
  resolve_within_days: number;
  clock: SlaPolicy['clock'];
  updated_by: string | null;
  updated_at: Date;
}

/** The city office's SLA per category; `default` covers every category without one (seeded by the migration). */
@Injectable()
export class SlaPolicies {
  constructor(private readonly dataSource: DataSource) {}

  /** Anyone signed in may read them: staff plan by them, workers may be told what to expect. */
  async list(): Promise<SlaPolicy[]> {
    const rows = await this.dataSource.query<PolicyRow[]>(`SELECT * FROM report_sla_policies ORDER BY category_code <> $1, category_code`, [
      DEFAULT_POLICY_CODE,
    ]);
    return rows.map(fromRow);
  }

  /** Sets a category's policy (admin only). Deadlines already running keep the policy they started under. */
  async set(actor: Actor, categoryCode: string, terms: SlaTerms): Promise<SlaPolicy> {
    if (actor.role !== 'admin') throw new SlaAdminOnlyError(actor.role);
    const [row] = await this.dataSource.query<PolicyRow[]>(
      `INSERT INTO report_sla_policies (category_code, acknowledge_within_hours, resolve_within_days, clock, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (category_code) DO UPDATE
         SET acknowledge_within_hours = EXCLUDED.acknowledge_within_hours, resolve_within_days = EXCLUDED.resolve_within_days,
             clock = EXCLUDED.clock, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
       RETURNING *`,
      [categoryCode, terms.acknowledgeWithinHours, terms.resolveWithinDays, terms.clock, actor.id],
    );
    return fromRow(row);
  }

  /** The policy each of `categoryCodes` runs under, in `manager`'s transaction. */
  async forCategories(manager: EntityManager, categoryCodes: string[]): Promise<Map<string, SlaTerms>> {
    const rows = await manager.query<PolicyRow[]>(`SELECT * FROM report_sla_policies WHERE category_code = ANY($1::text[])`, [
      [...categoryCodes, DEFAULT_POLICY_CODE],
    ]);
    const byCode = new Map(rows.map((row) => [row.category_code, fromRow(row)]));
    const fallback = byCode.get(DEFAULT_POLICY_CODE);
    if (!fallback) throw new Error(`The SLA policy "${DEFAULT_POLICY_CODE}" is missing from report_sla_policies`);
    return new Map(categoryCodes.map((code) => [code, byCode.get(code) ?? fallback]));
  }
}

function fromRow(row: PolicyRow): SlaPolicy {
  return {
    categoryCode: row.category_code,
    acknowledgeWithinHours: row.acknowledge_within_hours,
    resolveWithinDays: row.resolve_within_days,
    clock: row.clock,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}
