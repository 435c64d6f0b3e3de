import { DomainError } from '@waystation/platform';

export class RewardNotFoundError extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'reward-not-found';

  constructor(rewardId: string) {
    super(`Reward ${rewardId} does not exist`, { rewardId });
  }
}

export class CatalogNotManagedError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'catalog-not-managed';

  constructor() {
    super('Only the city office manages the rewards catalog');
  }
}

export class RewardInvalidError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'reward-invalid';

  constructor(reason: string) {
    super(reason);
  }
}

export class RewardWithdrawnError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'reward-withdrawn';

  constructor(rewardId: string) {
    super(`Reward ${rewardId} was withdrawn from the catalog`, { rewardId });
  }
}
