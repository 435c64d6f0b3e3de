import { DomainError } from '@waystation/platform';

export class LeaderboardCodeMismatchError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'leaderboard-code-mismatch';

  constructor(scope: string, code: string) {
    super(`A ${scope} leaderboard takes a ${scope === 'community' ? '12' : '6'}-digit code, not ${code}`, { scope, code });
  }
}
