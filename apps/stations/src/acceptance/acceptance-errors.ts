import { DomainError } from '@waystation/platform';

export class AcceptanceTemplateNotFoundError extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'acceptance-template-not-found';

  constructor(templateId: string) {
    super(`Acceptance template ${templateId} does not exist`, { templateId });
  }
}

export class AcceptanceManagementNotAllowedError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'acceptance-management-not-allowed';

  constructor(role: string) {
    super(`A ${role} cannot set acceptance checklists; the city office can`, { role });
  }
}

export class InspectionsNotVisibleError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'inspections-not-visible';

  constructor(stationId: string) {
    super(`Only the city office and the station's managers see the inspections of station ${stationId}`, { stationId });
  }
}

/** What is wrong with an inspection's results against its checklist. */
export interface ChecklistMismatch {
  /** Checklist items with no result. */
  missing: string[];
  /** Results for items the checklist does not have. */
  unknown: string[];
  /** Required items marked not-applicable: a required item is either present or not. */
  requiredNotApplicable: string[];
}

export class InspectionDoesNotMatchChecklistError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'inspection-does-not-match-checklist';

  constructor(templateId: string, mismatch: ChecklistMismatch) {
    const parts = [
      mismatch.missing.length ? `no result for ${mismatch.missing.join(', ')}` : '',
      mismatch.unknown.length ? `not on the checklist: ${mismatch.unknown.join(', ')}` : '',
      mismatch.requiredNotApplicable.length ? `required, cannot be not-applicable: ${mismatch.requiredNotApplicable.join(', ')}` : '',
    ].filter(Boolean);
    super(`The results do not match checklist ${templateId}: ${parts.join('; ')}`, { templateId, ...mismatch });
  }
}
