import { DepartmentAssignmentStatus, ReportStatus } from '@waystation/contracts';
import { DomainError } from '@waystation/platform';

/** The department routes are for department users, each acting for their own department. */
export class DepartmentRoleRequiredError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'department-role-required';

  constructor(role: string) {
    super(`A ${role} cannot act for a department; a department user scoped to one can`, { role });
  }
}

export class DispatchNotAllowedError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'dispatch-not-allowed';

  constructor(role: string) {
    super(`A ${role} cannot dispatch reports; community staff of the report's community can`, { role });
  }
}

export class AssignmentMoveNotAllowedError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'assignment-move-not-allowed';

  constructor(reportId: string, department: string, status: DepartmentAssignmentStatus, action: string) {
    super(`Department ${department} cannot ${action} report ${reportId}: its part is ${status}`, { reportId, department, status, action });
  }
}

export class RerouteNotAllowedError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'reroute-not-allowed';

  constructor(reportId: string, status: ReportStatus) {
    super(`Report ${reportId} is ${status}; only a confirmed report not yet resolved can be dispatched or re-routed`, { reportId, status });
  }
}

export class NoDepartmentLeftError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'no-department-left';

  constructor(reportId: string) {
    super(`After this re-route no department would be working on report ${reportId}; add one`, { reportId, field: 'add' });
  }
}

/** A department that acknowledged a report has taken it on: staff cannot take it away, the department answers. */
export class DepartmentTookReportOnError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'department-took-report-on';

  constructor(reportId: string, department: string, status: DepartmentAssignmentStatus) {
    super(`Department ${department} has report ${reportId} ${status}; it cannot be re-routed away from it`, {
      reportId,
      department,
      status,
    });
  }
}

/** The departments' figures are the city office's. */
export class DepartmentFiguresAdminOnlyError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'department-figures-admin-only';

  constructor(role: string) {
    super(`A ${role} cannot read the departments' figures; the city office (admin) can`, { role });
  }
}
