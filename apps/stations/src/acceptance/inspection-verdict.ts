import { InspectionResult } from '@waystation/contracts';
import { ChecklistMismatch } from './acceptance-errors';
import { ItemResult } from './acceptance-inspection.entity';
import { ChecklistItem } from './acceptance-template.entity';

export interface ObservedItem {
  itemCode: string;
  result: InspectionResult;
  photoUrl?: string;
}

export type InspectionVerdict =
  { kind: 'judged'; passed: boolean; results: ItemResult[] } | { kind: 'mismatch'; mismatch: ChecklistMismatch };

/**
 * Judges an inspection against its checklist: every item needs one result, a required item cannot be
 * not-applicable, and the inspection passes unless a required item failed (an optional one failing does not
 * fail it). Results come back in the checklist's order.
 */
export function judgeInspection(checklist: readonly ChecklistItem[], observed: readonly ObservedItem[]): InspectionVerdict {
  const byCode = new Map(observed.map((entry) => [entry.itemCode, entry]));
  const listed = new Set(checklist.map((item) => item.code));
  const mismatch: ChecklistMismatch = {
    missing: checklist.filter((item) => !byCode.has(item.code)).map((item) => item.code),
    unknown: observed.filter((entry) => !listed.has(entry.itemCode)).map((entry) => entry.itemCode),
    requiredNotApplicable: checklist
      .filter((item) => item.required && byCode.get(item.code)?.result === 'not-applicable')
      .map((item) => item.code),
  };
  if (mismatch.missing.length || mismatch.unknown.length || mismatch.requiredNotApplicable.length) return { kind: 'mismatch', mismatch };
  const results = checklist.flatMap((item): ItemResult[] => {
    const entry = byCode.get(item.code);
    return entry ? [{ itemCode: item.code, required: item.required, result: entry.result, photoUrl: entry.photoUrl ?? null }] : [];
  });
  return { kind: 'judged', passed: !results.some((entry) => entry.required && entry.result === 'fail'), results };
}
