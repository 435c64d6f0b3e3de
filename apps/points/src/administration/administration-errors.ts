import { DomainError } from '@waystation/platform';

export class PointsAdministrationAdminOnlyError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'points-admin-only';

  constructor(role: string, what: string) {
    super(`A ${role} cannot ${what}; the city office (admin) can`, { role });
  }
}

export class RuleVersionInThePastError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'earning-rule-in-the-past';

  constructor(effectiveFrom: Date) {
    super(`A rule version takes effect now or later, so points already earned never change; ${effectiveFrom.toISOString()} has passed`, {
      effectiveFrom: effectiveFrom.toISOString(),
    });
  }
}

export class RuleVersionTakenError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'earning-rule-version-taken';

  constructor(existingId: string) {
    super('That rule already has a different version taking effect at that moment; pick another time', { existingId });
  }
}

export class AdjustmentWouldOverdrawError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'adjustment-would-overdraw';

  constructor(balance: number, amount: number) {
    super(`Taking ${-amount} points would leave the worker below zero: they have ${balance}`, { balance, amount });
  }
}

export class WorkerWithoutAccountError extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'worker-not-found';

  constructor(workerId: string) {
    super(`No worker ${workerId} has a points account`, { workerId });
  }
}
