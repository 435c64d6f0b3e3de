import { Injectable } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { CategoryCatalog } from '../categories/category-catalog.service';
import { DepartmentDirectory, mustBeAdmin, mustBeCityStaff } from '../departments/department-directory.service';
import { RoutingRuleNotFoundError } from './routing-errors';
import { RoutingRule, RoutingRuleRow, ruleOf } from './routing-rule';

/**
 * The city office's routing rules: category × district → departments, a rule without a district being the
 * category's default. Rules are versioned: setting one retires the current rule for that category and district and
 * adds its successor, so dispatches already made keep naming the rule they used, and a change applies to new
 * confirmations only.
 */
@Injectable()
export class RoutingRules {
  constructor(
    private readonly dataSource: DataSource,
    private readonly categories: CategoryCatalog,
    private readonly departments: DepartmentDirectory,
  ) {}

  async list(actor: Actor): Promise<RoutingRule[]> {
    mustBeCityStaff(actor);
    const rows = await this.dataSource.query<RoutingRuleRow[]>(
      `SELECT * FROM routing_rules WHERE retired_at IS NULL ORDER BY category_code, district_code NULLS FIRST`,
    );
    return rows.map(ruleOf);
  }

  async set(actor: Actor, categoryCode: string, districtCode: string | null, departments: string[]): Promise<RoutingRule> {
    mustBeAdmin(actor);
    await this.categories.get(categoryCode);
    return this.dataSource.transaction(async (manager) => {
      await this.departments.mustExist(manager, departments);
      // Two admins setting the same rule at once: the second waits, then retires the first's.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('routing-rule:' || $1 || ':' || $2))`, [categoryCode, districtCode ?? '']);
      await manager.query(
        `UPDATE routing_rules SET retired_at = now(), retired_by = $3
          WHERE category_code = $1 AND district_code IS NOT DISTINCT FROM $2 AND retired_at IS NULL`,
        [categoryCode, districtCode, actor.id],
      );
      const [row] = await manager.query<RoutingRuleRow[]>(
        `INSERT INTO routing_rules (category_code, district_code, departments, created_by) VALUES ($1, $2, $3, $4) RETURNING *`,
        [categoryCode, districtCode, [...new Set(departments)], actor.id],
      );
      return ruleOf(row);
    });
  }

  /** Ends a rule without a successor: its category (or district) routes by the default, or to the manual queue. */
  async retire(actor: Actor, ruleId: string): Promise<RoutingRule> {
    mustBeAdmin(actor);
    if (!/^\d{1,18}$/.test(ruleId)) throw new RoutingRuleNotFoundError(ruleId);
    const [row] = await this.dataSource.query<RoutingRuleRow[]>(
      `WITH retired AS (UPDATE routing_rules SET retired_at = now(), retired_by = $2 WHERE id = $1 AND retired_at IS NULL RETURNING *)
       SELECT * FROM retired`,
      [ruleId, actor.id],
    );
    if (!row) throw new RoutingRuleNotFoundError(ruleId);
    return ruleOf(row);
  }

  /** The rule a report of `categoryCode` in `districtCode` is routed by: the district's own, else the default. */
  async match(manager: EntityManager, categoryCode: string, districtCode: string | null): Promise<RoutingRule | undefined> {
    const [row] = await manager.query<RoutingRuleRow[]>(
      `SELECT * FROM routing_rules
        WHERE category_code = $1 AND retired_at IS NULL AND (district_code = $2 OR district_code IS NULL)
        ORDER BY district_code NULLS LAST LIMIT 1`,
      [categoryCode, districtCode],
    );
    return row ? ruleOf(row) : undefined;
  }
}
