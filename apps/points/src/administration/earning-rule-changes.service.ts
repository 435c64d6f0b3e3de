import { Injectable } from '@nestjs/common';
import { Actor, EarningEventType } from '@waystation/contracts';
import { postgresErrorCode } from '@waystation/platform';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { EarningRuleVersion } from '../earning/earning-plan';
import { RuleRow, toRuleVersion } from '../earning/earning-rule-book.service';
import { PointsAdministrationAdminOnlyError, RuleVersionInThePastError, RuleVersionTakenError } from './administration-errors';

/** A new version of a rule (the report events' rules name a category group; the others have none: ''). */
export interface NewRuleVersion {
  eventType: EarningEventType;
  group: string;
  points: number;
  dailyCap: number | null;
  monthlyCap: number | null;
  effectiveFrom: Date;
  note: string | null;
}

/** A rule version as the city office manages it. */
export interface ManagedRuleVersion extends EarningRuleVersion {
  current: boolean;
  createdBy: string;
  createdAt: Date;
  note: string | null;
}

interface RuleVersionRow extends RuleRow {
  current: boolean;
  created_by: string;
  created_at: Date;
  note: string | null;
}

// Whether each version is the one in effect now: the latest of its rule that took effect by now.
const SELECT_VERSIONS = `
  SELECT version.*, version.effective_from = (
           SELECT max(other.effective_from) FROM earning_rule_versions other
            WHERE other.event_type = version.event_type AND other.category_group = version.category_group
              AND other.effective_from <= now()) AS current
    FROM earning_rule_versions version`;

/**
 * The city office's changes to the earning rules: a change is a new version from a moment now or later, never an
 * edit, so what was earned under a version stays explained by it.
 */
@Injectable()
export class EarningRuleChanges {
  constructor(private readonly dataSource: DataSource) {}

  /** Every version of every rule: anyone signed in may read how points are earned. */
  async list(): Promise<ManagedRuleVersion[]> {
    const rows = await this.dataSource.query<RuleVersionRow[]>(
      `${SELECT_VERSIONS} ORDER BY version.event_type, version.category_group, version.effective_from DESC`,
    );
    return rows.map(toManaged);
  }

  /**
   * Adds a version. The same version sent again (a retried request) answers with the one made first
   * (`created: false`); a different version at the same moment of the same rule is refused.
   */
  async add(actor: Actor, command: NewRuleVersion): Promise<{ version: ManagedRuleVersion; created: boolean }> {
    if (actor.role !== 'admin') throw new PointsAdministrationAdminOnlyError(actor.role, 'change the earning rules');
    const { effectiveFrom, group } = command;
    const existing = await this.find(command.eventType, group, effectiveFrom);
    if (existing) return { version: this.sameOrRefuse(existing, command), created: false };
    if (effectiveFrom.getTime() < Date.now()) throw new RuleVersionInThePastError(effectiveFrom);
    const id = uuidv7();
    try {
      await this.dataSource.query(
        `INSERT INTO earning_rule_versions (id, event_type, category_group, points, daily_cap, monthly_cap, effective_from, created_by, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [id, command.eventType, group, command.points, command.dailyCap, command.monthlyCap, effectiveFrom, actor.id, command.note],
      );
    } catch (error) {
      const winner = postgresErrorCode(error) === '23505' ? await this.find(command.eventType, group, effectiveFrom) : undefined;
      if (winner) return { version: this.sameOrRefuse(winner, command), created: false };
      throw error;
    }
    return { version: (await this.find(command.eventType, group, effectiveFrom)) as ManagedRuleVersion, created: true };
  }

  private async find(eventType: string, group: string, effectiveFrom: Date): Promise<ManagedRuleVersion | undefined> {
    const [row] = await this.dataSource.query<RuleVersionRow[]>(
      `${SELECT_VERSIONS} WHERE version.event_type = $1 AND version.category_group = $2 AND version.effective_from = $3`,
      [eventType, group, effectiveFrom],
    );
    return row && toManaged(row);
  }

  private sameOrRefuse(existing: ManagedRuleVersion, command: NewRuleVersion): ManagedRuleVersion {
    const same = existing.points === command.points && existing.dailyCap === command.dailyCap && existing.monthlyCap === command.monthlyCap;
    if (!same) throw new RuleVersionTakenError(existing.id);
    return existing;
  }
}

function toManaged(row: RuleVersionRow): ManagedRuleVersion {
  return { ...toRuleVersion(row), current: row.current, createdBy: row.created_by, createdAt: row.created_at, note: row.note };
}
