import { DomainError } from '@waystation/platform';

export class PointsFiguresStaffOnlyError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'points-figures-staff-only';

  constructor(role: string) {
    super(`A ${role} has no view of the community figures; community staff and the city office have`, { role });
  }
}
