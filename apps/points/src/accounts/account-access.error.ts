import { DomainError } from '@waystation/platform';

export class AccountAccessDeniedError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'points-access-denied';

  constructor() {
    super('Workers can only see their own points');
  }
}
