import { DomainError } from '@waystation/platform';

export class InsufficientPointsError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'insufficient-points';

  constructor(cost: number, balance: number) {
    super(`The reward costs ${cost} points; the balance is ${balance}`, { cost, balance });
  }
}

export class OutOfStockError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'reward-out-of-stock';

  constructor(rewardId: string, stationId: string) {
    super(`Reward ${rewardId} is out of stock at station ${stationId}`, { rewardId, stationId });
  }
}

export class RewardNotAtStationError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'reward-not-at-station';

  constructor(rewardId: string, stationId: string) {
    super(`Station ${stationId} does not hand out reward ${rewardId}`, { rewardId, stationId });
  }
}

export class RedemptionLimitReachedError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'redemption-limit-reached';

  constructor(rewardId: string, limit: number, period: string) {
    super(`Reward ${rewardId} can be redeemed ${limit} time(s) per ${period}; the limit is reached`, { rewardId, limit, period });
  }
}

export class RewardNotValidNowError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'reward-not-valid-now';

  constructor(rewardId: string, validFrom: Date | null, validUntil: Date | null) {
    super(
      `Reward ${rewardId} can be redeemed only between ${validFrom?.toISOString() ?? 'now'} and ${validUntil?.toISOString() ?? 'any time'}`,
      {
        rewardId,
        validFrom: validFrom?.toISOString() ?? null,
        validUntil: validUntil?.toISOString() ?? null,
      },
    );
  }
}

export class RedemptionNotAllowedError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'redemption-not-allowed';

  constructor(role: string) {
    super(`A ${role} cannot redeem rewards; workers do`, { role });
  }
}

/** Also what a manager of another station hears: a code is only visible at the station that holds its stock. */
export class RedemptionNotFoundError extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'redemption-not-found';

  constructor(reference: string) {
    super(`No redemption ${reference} to see here`, { reference });
  }
}

export class RedemptionNotOpenError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'redemption-not-open';

  constructor(redemptionId: string, status: string) {
    super(`Redemption ${redemptionId} is ${status}; only a placed redemption can be handed over or cancelled`, { redemptionId, status });
  }
}

export class HandOverNotAllowedError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'hand-over-not-allowed';

  constructor(role: string) {
    super(`A ${role} does not hand rewards over; station managers do`, { role });
  }
}
