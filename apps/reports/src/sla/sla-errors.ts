import { DomainError } from '@waystation/platform';

export class SlaAdminOnlyError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'sla-admin-only';

  constructor(role: string) {
    super(`A ${role} cannot change SLAs; the city office (admin) can`, { role });
  }
}

export class EscalationsStaffOnlyError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'escalations-staff-only';

  constructor(role: string) {
    super(`A ${role} has no escalation view; community staff and admins have`, { role });
  }
}
