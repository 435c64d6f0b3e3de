import { DomainError } from '@waystation/platform';

export class DepartmentNotFoundError extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'department-not-found';

  constructor(code: string) {
    super(`There is no department "${code}"`, { department: code });
  }
}

export class DepartmentExistsError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'department-exists';

  constructor(code: string) {
    super(`A department "${code}" exists already; change it with PATCH`, { department: code });
  }
}

/** Departments and routing rules are the city office's to configure. */
export class RoutingAdminOnlyError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'routing-admin-only';

  constructor(role: string) {
    super(`A ${role} cannot configure departments or routing rules; the city office (admin) does`, { role });
  }
}

export class UnknownDepartmentsError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'unknown-departments';

  constructor(codes: string[]) {
    super(`No department has the code ${codes.map((code) => `"${code}"`).join(', ')}`, { departments: codes });
  }
}

/** Departments and routing rules are for the city's own people to read: staff and departments, not workers. */
export class DepartmentsStaffOnlyError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'departments-staff-only';

  constructor(role: string) {
    super(`A ${role} cannot read the departments or routing rules; staff and departments can`, { role });
  }
}
