import { DepartmentAction, DepartmentAssignmentStatus } from '@waystation/contracts';

/**
 * The steps each action takes a department's assignment through, by the status it starts from. Progress notes may
 * follow one another (in-progress stays in-progress); resolving straight from acknowledged passes through
 * in-progress, so the history shows the work started; "not responsible" answers a dispatch, before the department
 * took the report on.
 */
const STEPS: Record<DepartmentAction, Partial<Record<DepartmentAssignmentStatus, readonly DepartmentAssignmentStatus[]>>> = {
  acknowledge: { dispatched: ['acknowledged'] },
  progress: { acknowledged: ['in-progress'], 'in-progress': ['in-progress'] },
  resolve: { acknowledged: ['in-progress', 'resolved'], 'in-progress': ['resolved'] },
  'not-responsible': { dispatched: ['not-responsible'] },
};

/** The statuses `action` takes an assignment in `from` through, in order; undefined when it may not. */
export function assignmentStepsOf(
  action: DepartmentAction,
  from: DepartmentAssignmentStatus,
): readonly DepartmentAssignmentStatus[] | undefined {
  return STEPS[action][from];
}

/** The statuses of a department still on the case. */
export const ACTIVE_ASSIGNMENT_STATUSES: readonly DepartmentAssignmentStatus[] = ['dispatched', 'acknowledged', 'in-progress'];
