import { DomainError } from '@waystation/platform';

export class CategoryNotFoundError extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'category-not-found';

  constructor(code: string) {
    super(`There is no report category "${code}"`, { category: code });
  }
}

export class CategoryExistsError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'category-exists';

  constructor(code: string) {
    super(`A report category "${code}" exists already, configured differently; change it with PATCH`, { category: code });
  }
}

export class CategoryAdminOnlyError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'category-admin-only';

  constructor(role: string) {
    super(`A ${role} cannot configure report categories; the city office (admin) does`, { role });
  }
}

/** A report names a category reporters are not offered: unknown, or deactivated by the city office. */
export class CategoryNotOfferedError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'category-not-offered';

  constructor(code: string) {
    super(`"${code}" is not a report category on offer; see GET /api/v1/report-categories`, { category: code });
  }
}
