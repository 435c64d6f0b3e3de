import { ReportCategoryV1, ReportConfirmedV1, ReportConfirmedV2, v1CategoryOfGroup } from '@waystation/contracts';
import { PermanentEventError } from '@waystation/messaging';

/** Either version of `report.confirmed` still published. */
export type ReportConfirmed = ReportConfirmedV1 | ReportConfirmedV2;

/** The category a confirmation's earning rule is kept under: a v2 group earns what its nearest v1 category does. */
export function earningCategoryOf(event: ReportConfirmed): ReportCategoryV1 {
  return event.version === 1 ? event.payload.category : v1CategoryOfGroup(event.payload.category.group);
}

/**
 * The points each confirmed report earns: its category's earning rule. A category without a rule fails the
 * batch as permanent, since no retry can credit it until the city office adds the rule.
 */
export function creditAmounts(events: ReportConfirmed[], pointsByCategory: ReadonlyMap<string, number>): number[] {
  return events.map((event) => {
    const category = earningCategoryOf(event);
    const points = pointsByCategory.get(category);
    if (points === undefined) throw new PermanentEventError(`No earning rule for category "${category}"`);
    return points;
  });
}
