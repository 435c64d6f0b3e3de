import { ApiProblem } from './api-problem';
import { problemMessageKey } from './problem-message';

describe(problemMessageKey.name, () => {
  const messages = { 'insufficient-points': 'rewards.errors.insufficientPoints' };

  it("names the screen's message for a problem it expects", () => {
    expect(problemMessageKey(new ApiProblem(409, 'insufficient-points', ''), messages)).toBe('rewards.errors.insufficientPoints');
  });

  it('falls back to the generic message for another problem, a network error, or a code named like a property', () => {
    expect(problemMessageKey(new ApiProblem(503, 'upstream-unavailable', ''), messages)).toBe('errors.unexpected');
    expect(problemMessageKey(new TypeError('Failed to fetch'), messages)).toBe('errors.unexpected');
    expect(problemMessageKey(new ApiProblem(400, 'constructor', ''), messages)).toBe('errors.unexpected');
  });
});
