import { DomainError } from '@waystation/platform';

export class TargetsNotAllowedError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'targets-not-allowed';

  constructor(role: string) {
    super(`A ${role} cannot set district targets; the city office can`, { role });
  }
}

export class ProgressNotVisibleError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'progress-not-visible';

  constructor(role: string) {
    super(`A ${role} cannot see the programme's progress; the city office and community staff can`, { role });
  }
}
