import { ReportConfirmedV1 } from '@waystation/contracts';
import { PermanentEventError } from '@waystation/messaging';

/**
 * The points each confirmed report earns: its category's earning rule. A category without a rule fails the
 * batch as permanent, since no retry can credit it until the city office adds the rule.
 */
export function creditAmounts(events: ReportConfirmedV1[], pointsByCategory: ReadonlyMap<string, number>): number[] {
  return events.map(({ payload: { category } }) => {
    const points = pointsByCategory.get(category);
    if (points === undefined) throw new PermanentEventError(`No earning rule for category "${category}"`);
    return points;
  });
}
