import { ApiProblem } from '../api/api-problem';
import { consoleProblemKey } from './console-problem';

describe(consoleProblemKey.name, () => {
  it('names the message of a problem staff can act on', () => {
    expect(consoleProblemKey(new ApiProblem(409, 'report-already-reviewed', 'reviewed'))).toBe('console.problems.alreadyReviewed');
    expect(consoleProblemKey(new ApiProblem(404, 'redemption-not-found', 'none'))).toBe('console.problems.redemptionNotFound');
  });

  it("names the city office's problems: a change it may not make, a rule in the past, a station not built", () => {
    expect(consoleProblemKey(new ApiProblem(403, 'routing-admin-only', 'admins'))).toBe('console.problems.adminOnly');
    expect(consoleProblemKey(new ApiProblem(422, 'earning-rule-in-the-past', 'past'))).toBe('console.problems.ruleInThePast');
    expect(consoleProblemKey(new ApiProblem(409, 'station-transition-not-allowed', 'planned'))).toBe('console.problems.stationNotBuilt');
  });

  it('answers a generic failure for any other problem or error', () => {
    expect(consoleProblemKey(new ApiProblem(500, 'internal', 'boom'))).toBe('errors.unexpected');
    expect(consoleProblemKey(new TypeError('Failed to fetch'))).toBe('errors.unexpected');
  });
});
