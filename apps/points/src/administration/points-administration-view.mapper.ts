import { ReportCategoryGroup } from '@waystation/contracts';
import { CommunityBudgetView, EarningRuleVersionView, PointAdjustmentView } from '@waystation/http-api';
import { CommunityBudget } from './community-budgets.service';
import { ManagedRuleVersion } from './earning-rule-changes.service';
import { PointAdjustment } from './point-adjustments.service';

export function toEarningRuleVersionView(version: ManagedRuleVersion): EarningRuleVersionView {
  return {
    id: version.id,
    eventType: version.eventType as EarningRuleVersionView['eventType'],
    group: version.group === '' ? null : (version.group as ReportCategoryGroup),
    points: version.points,
    dailyCap: version.dailyCap,
    monthlyCap: version.monthlyCap,
    effectiveFrom: version.effectiveFrom.toISOString(),
    current: version.current,
    createdBy: version.createdBy,
    createdAt: version.createdAt.toISOString(),
    note: version.note,
  };
}

export function toCommunityBudgetView(budget: CommunityBudget): CommunityBudgetView {
  return { ...budget, setAt: budget.setAt?.toISOString() ?? null };
}

export function toPointAdjustmentView(adjustment: PointAdjustment): PointAdjustmentView {
  return { ...adjustment, adjustedAt: adjustment.adjustedAt.toISOString() };
}
