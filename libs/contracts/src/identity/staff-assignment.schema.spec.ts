import type { ActorScopes } from '../shared/actor.schema';
import { StaffRole, staffAssignmentSchema, staffScopesProblem } from './staff-assignment.schema';

const none: ActorScopes = { stations: [], communities: [] };

describe(staffScopesProblem.name, () => {
  it.each([
    ['station-manager', { ...none, stations: ['st-1'] }],
    ['community-staff', { ...none, communities: ['420115001001', '420115001002'] }],
    ['department', { ...none, department: 'sanitation' }],
    ['admin', none],
  ] as [StaffRole, ActorScopes][])('accepts a %s with the scopes of its role', (role, scopes) => {
    expect(staffScopesProblem(role, scopes)).toBeUndefined();
  });

  it.each([
    ['station-manager', none, /at least one of stations/],
    ['community-staff', none, /at least one of communities/],
    ['department', none, /needs a department/],
  ] as [StaffRole, ActorScopes, RegExp][])('refuses a %s without the scope its role acts on', (role, scopes, problem) => {
    expect(staffScopesProblem(role, scopes)).toMatch(problem);
  });

  it.each([
    ['station-manager', { stations: ['st-1'], communities: ['420115001001'] }, /communities/],
    ['community-staff', { stations: ['st-1'], communities: ['420115001001'] }, /stations/],
    ['department', { ...none, stations: ['st-1'], department: 'sanitation' }, /stations/],
    ['admin', { ...none, department: 'sanitation' }, /department/],
  ] as [StaffRole, ActorScopes, RegExp][])('refuses a %s given a scope of another role', (role, scopes, problem) => {
    expect(staffScopesProblem(role, scopes)).toMatch(problem);
  });
});

describe('staffAssignmentSchema', () => {
  it('names the scopes field when role and scopes do not fit', () => {
    const result = staffAssignmentSchema.safeParse({ role: 'community-staff' });

    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['scopes'] })]);
  });

  it('refuses a worker: the city office creates staff only', () => {
    expect(staffAssignmentSchema.safeParse({ role: 'worker' }).success).toBe(false);
  });
});
