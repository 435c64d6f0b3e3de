import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EarningRuleVersion } from './earning-plan';

/** A row of `earning_rule_versions`, as far as crediting reads it. */
export interface RuleRow {
  id: string;
  event_type: string;
  category_group: string;
  points: number;
  daily_cap: number | null;
  monthly_cap: number | null;
  effective_from: Date;
}

/** The versioned earning rules. The table is small (a row per rule and change), so a run of events reads it whole. */
@Injectable()
export class EarningRuleBook {
  async all(manager: EntityManager): Promise<EarningRuleVersion[]> {
    const rows = await manager.query<RuleRow[]>(
      `SELECT id, event_type, category_group, points, daily_cap, monthly_cap, effective_from FROM earning_rule_versions`,
    );
    return rows.map(toRuleVersion);
  }
}

export function toRuleVersion(row: RuleRow): EarningRuleVersion {
  return {
    id: row.id,
    eventType: row.event_type,
    group: row.category_group,
    points: row.points,
    dailyCap: row.daily_cap,
    monthlyCap: row.monthly_cap,
    effectiveFrom: row.effective_from,
  };
}
