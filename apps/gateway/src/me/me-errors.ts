import { DomainError } from '@waystation/platform';

export class AccountNotFoundError extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'account-not-found';

  constructor() {
    super('The caller has no open account');
  }
}

export class WorkerFieldsOnlyError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'worker-fields-only';

  constructor(fields: string[]) {
    super(`Only workers have ${fields.join(', ')}; staff may change their display name`, { fields });
  }
}

export class StaffAccountClosureError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'staff-account-closure';

  constructor() {
    super('A staff account is closed by the city office, not by its holder');
  }
}
