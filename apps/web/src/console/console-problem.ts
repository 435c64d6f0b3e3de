import { ApiProblem } from '../api/api-problem';

/** Problems the gateway answers a console action with, that staff can act on; the rest is a generic failure. */
const MESSAGES: Record<string, string> = {
  'validation-failed': 'console.problems.invalid',
  'report-not-found': 'console.problems.reportGone',
  'report-already-reviewed': 'console.problems.alreadyReviewed',
  'transition-not-allowed': 'console.problems.notNow',
  'assignment-move-not-allowed': 'console.problems.notNow',
  'session-not-started': 'console.problems.sessionNotStarted',
  'review-not-allowed': 'console.problems.notAllowed',
  'dispatch-not-allowed': 'console.problems.notAllowed',
  'no-department-left': 'console.problems.noDepartmentLeft',
  'department-took-report-on': 'console.problems.departmentTookOn',
  'case-not-open': 'console.problems.caseNotOpen',
  'report-already-merged': 'console.problems.alreadyMerged',
  'merge-into-itself': 'console.problems.mergeIntoItself',
  'redemption-not-found': 'console.problems.redemptionNotFound',
  'redemption-not-open': 'console.problems.redemptionNotOpen',
  'photo-too-large': 'console.problems.photoTooLarge',
  'unsupported-photo-type': 'console.problems.photoType',
  // The city office's desk.
  'routing-admin-only': 'console.problems.adminOnly',
  'points-admin-only': 'console.problems.adminOnly',
  'catalog-not-managed': 'console.problems.adminOnly',
  'acceptance-management-not-allowed': 'console.problems.adminOnly',
  'targets-not-allowed': 'console.problems.adminOnly',
  'category-admin-only': 'console.problems.adminOnly',
  'category-not-found': 'console.problems.categoryGone',
  'category-exists': 'console.problems.categoryExists',
  'unknown-departments': 'console.problems.departmentGone',
  'department-not-found': 'console.problems.departmentGone',
  'routing-rule-not-found': 'console.problems.ruleGone',
  'reward-not-found': 'console.problems.rewardGone',
  'reward-withdrawn': 'console.problems.rewardGone',
  'reward-invalid': 'console.problems.rewardInvalid',
  'earning-rule-in-the-past': 'console.problems.ruleInThePast',
  'earning-rule-version-taken': 'console.problems.ruleVersionTaken',
  'inspection-does-not-match-checklist': 'console.problems.checklistMismatch',
  'station-transition-not-allowed': 'console.problems.stationNotBuilt',
  'station-not-found': 'console.problems.stationGone',
  'acceptance-template-not-found': 'console.problems.templateGone',
};

/** The catalogue key of the message for `error`, as thrown by `dataOf` or anything else. */
export function consoleProblemKey(error: unknown): string {
  return (error instanceof ApiProblem && MESSAGES[error.code]) || 'errors.unexpected';
}
