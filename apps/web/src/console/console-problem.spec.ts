import { ApiProblem } from '../api/api-problem';
import { consoleProblemKey } from './console-problem';

describe(consoleProblemKey.name, () => {
  it('names the message of a problem staff can act on', () => {
    expect(consoleProblemKey(new ApiProblem(409, 'report-already-reviewed', 'reviewed'))).toBe('console.problems.alreadyReviewed');
    expect(consoleProblemKey(new ApiProblem(404, 'redemption-not-found', 'none'))).toBe('console.problems.redemptionNotFound');
  });

  it('answers a generic failure for any other problem or error', () => {
    expect(consoleProblemKey(new ApiProblem(500, 'internal', 'boom'))).toBe('errors.unexpected');
    expect(consoleProblemKey(new TypeError('Failed to fetch'))).toBe('errors.unexpected');
  });
});
