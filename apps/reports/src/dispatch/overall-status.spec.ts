import { DEPARTMENT_ACTIONS, DepartmentAssignmentStatus, departmentAssignmentStatusSchema } from '@waystation/contracts';
import { moversOf } from '../lifecycle/report-transition-table';
import { ACTIVE_ASSIGNMENT_STATUSES, assignmentStepsOf } from './assignment-moves';
import { overallStatusOf } from './overall-status';

const STATUSES = departmentAssignmentStatusSchema.options;

/** Every list of exactly `size` department statuses. */
const listsOf = (size: number): DepartmentAssignmentStatus[][] =>
  size === 0 ? [[]] : listsOf(size - 1).flatMap((list) => STATUSES.map((status) => [...list, status]));
const UP_TO_THREE = [0, 1, 2, 3].flatMap(listsOf);

describe(overallStatusOf.name, () => {
  it.each<[DepartmentAssignmentStatus[], string | undefined]>([
    [[], undefined],
    [['withdrawn'], undefined],
    [['dispatched'], 'dispatched'],
    [['dispatched', 'withdrawn'], 'dispatched'],
    [['dispatched', 'acknowledged'], 'acknowledged'],
    [['acknowledged', 'in-progress'], 'in-progress'],
    [['dispatched', 'resolved'], 'in-progress'],
    [['in-progress', 'resolved'], 'in-progress'],
    [['resolved', 'resolved'], 'resolved'],
    [['resolved', 'not-responsible'], 'resolved'],
    [['not-responsible', 'dispatched'], 'dispatched'],
    [['not-responsible', 'acknowledged'], 'acknowledged'],
    [['not-responsible'], 'not-responsible'],
    [['not-responsible', 'not-responsible', 'withdrawn'], 'not-responsible'],
  ])('derives %j as %s', (statuses, expected) => {
    expect(overallStatusOf(statuses)).toBe(expected);
  });

  it('checks every list of up to three departments', () => {
    expect(UP_TO_THREE).toHaveLength(1 + 6 + 36 + 216);
  });

  it('does not depend on the order of the departments', () => {
    for (const statuses of UP_TO_THREE) expect(overallStatusOf([...statuses].reverse())).toBe(overallStatusOf(statuses));
  });

  it('is resolved exactly when every department still working resolved, and at least one did', () => {
    for (const statuses of UP_TO_THREE) {
      const working = statuses.filter((status) => status !== 'withdrawn' && status !== 'not-responsible');
      expect(overallStatusOf(statuses) === 'resolved').toBe(working.length > 0 && working.every((status) => status === 'resolved'));
    }
  });

  it('is not-responsible exactly when every department that counts answered so', () => {
    for (const statuses of UP_TO_THREE) {
      const counted = statuses.filter((status) => status !== 'withdrawn');
      expect(overallStatusOf(statuses) === 'not-responsible').toBe(
        counted.length > 0 && counted.every((status) => status === 'not-responsible'),
      );
    }
  });

  it('moves the report only as the transition table lets a department, whatever one department does', () => {
    for (const statuses of UP_TO_THREE) {
      statuses.forEach((from, index) => {
        for (const action of DEPARTMENT_ACTIONS) {
          let current = [...statuses];
          for (const step of assignmentStepsOf(action, from) ?? []) {
            const before = overallStatusOf(current) as string;
            current = current.map((status, i) => (i === index ? step : status));
            const after = overallStatusOf(current) as string;
            if (after !== before)
              expect({ statuses, action, step, move: moversOf(before as never, after as never) }).toMatchObject({ move: ['department'] });
          }
        }
      });
    }
  });

  it('is not moved by staff adding a department or taking away one that had not taken the report on, while one is still working', () => {
    for (const statuses of UP_TO_THREE) {
      const before = overallStatusOf(statuses);
      if (statuses.some((status) => ACTIVE_ASSIGNMENT_STATUSES.includes(status)))
        expect(overallStatusOf([...statuses, 'dispatched'])).toBe(before);
      statuses.forEach((status, index) => {
        const rest = statuses.map((other, i) => (i === index ? 'withdrawn' : other));
        if ((status === 'dispatched' || status === 'not-responsible') && rest.some((other) => ACTIVE_ASSIGNMENT_STATUSES.includes(other)))
          expect({ statuses, removed: index, after: overallStatusOf(rest) }).toEqual({ statuses, removed: index, after: before });
      });
    }
  });
});
