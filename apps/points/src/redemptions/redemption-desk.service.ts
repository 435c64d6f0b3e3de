import { Inject, Injectable } from '@nestjs/common';
import { Actor, managesStation, Page, PageRequest, toPage } from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { createOnce, EarlierCreation, IdempotencyKey, idempotencyKeyFor } from '@waystation/platform';
import { DataSource, EntityManager, In } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { CityCalendar } from '../calendar/city-calendar';
import { Ledger, PostedEntry } from '../ledger/ledger.service';
import { REDEMPTIONS_ACCOUNT_ID } from '../ledger/system-accounts';
import { RewardNotFoundError, RewardWithdrawnError } from '../rewards/reward-errors';
import { RewardStock } from '../rewards/reward-stock.entity';
import { Reward } from '../rewards/reward.entity';
import { newRedemptionCode } from './redemption-code';
import {
  HandOverNotAllowedError,
  InsufficientPointsError,
  OutOfStockError,
  RedemptionLimitReachedError,
  RedemptionNotAllowedError,
  RedemptionNotFoundError,
  RedemptionNotOpenError,
  RewardNotAtStationError,
  RewardNotValidNowError,
} from './redemption-errors';
import { cancelled, debited, fulfilled, placed, REDEMPTION_REASON } from './redemption-events';
import { RedemptionRefunds } from './redemption-refunds.service';
import { REDEMPTION_SETTINGS, RedemptionSettings } from './redemption-settings';
import { Redemption } from './redemption.entity';

export interface NewRedemption {
  rewardId: string;
  stationId: string;
}

/** A redemption with the reward it is for, which is what workers and station managers are shown. */
export interface RedemptionOfReward {
  redemption: Redemption;
  reward: Reward;
}

/**
 * Redeeming points for rewards: placing a redemption (points debited and one item of the station's stock taken in
 * one transaction), the worker's own list and cancellation, and the hand-over at the station.
 */
@Injectable()
export class RedemptionDesk {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly ledger: Ledger,
    private readonly refunds: RedemptionRefunds,
    private readonly calendar: CityCalendar,
    @Inject(REDEMPTION_SETTINGS) private readonly settings: RedemptionSettings,
  ) {}

  async place(
    actor: Actor,
    command: NewRedemption,
    idempotencyKey: string | undefined,
    correlationId: string,
    now = new Date(),
  ): Promise<{ placed: RedemptionOfReward; created: boolean }> {
    if (actor.role !== 'worker') throw new RedemptionNotAllowedError(actor.role);
    const idempotency = idempotencyKeyFor(idempotencyKey, command);
    const { result, created } = await createOnce(idempotency, {
      findEarlier: (key) => this.findEarlier(actor.id, key),
      create: () => this.insert(actor.id, command, idempotency, correlationId, now),
    });
    return { placed: result, created };
  }

  /** The worker's redemptions, newest first. */
  async mine(actor: Actor, { cursor, limit }: PageRequest): Promise<Page<RedemptionOfReward>> {
    const query = this.dataSource.manager
      .createQueryBuilder(Redemption, 'redemption')
      .where('redemption.worker_id = :workerId', { workerId: actor.id })
      .orderBy('redemption.id', 'DESC')
      .take(limit + 1);
    if (cursor) query.andWhere('redemption.id < :cursor', { cursor });
    const redemptions = await query.getMany();
    const rewards = await this.dataSource.manager.findBy(Reward, { id: In([...new Set(redemptions.map((r) => r.rewardId))]) });
    const rewardOf = new Map(rewards.map((reward) => [reward.id, reward]));
    return toPage(
      redemptions,
      limit,
      (redemption) => ({ redemption, reward: rewardOf.get(redemption.rewardId) as Reward }),
      (redemption) => redemption.id,
    );
  }

  /** The worker cancels a redemption not yet handed over: stock and points come back. */
  async cancel(actor: Actor, redemptionId: string, correlationId: string, now = new Date()): Promise<RedemptionOfReward> {
    const redemption = await this.dataSource.transaction(async (manager) => {
      const open = await this.lockedOpen(manager, redemptionId, (found) => found.workerId === actor.id);
      Object.assign(open, { status: 'cancelled', endedAt: now });
      await manager.update(Redemption, open.id, { status: open.status, endedAt: now });
      const refund = (await this.refunds.refund(manager, [open])).get(open.id);
      if (refund) await this.outbox.add(manager, cancelled(open, refund, correlationId));
      return open;
    });
    return this.withReward(redemption);
  }

  /** What the code the worker shows is for, to the manager of the station that holds its stock (and no one else). */
  async verify(actor: Actor, code: string): Promise<RedemptionOfReward> {
    assertHandsOver(actor);
    const redemption = await this.dataSource.manager.findOneBy(Redemption, { code });
    if (!redemption || !managesStation(actor, redemption.stationId)) throw new RedemptionNotFoundError(code);
    return this.withReward(redemption);
  }

  /** The station hands the reward over; only while the redemption is placed and not past its collection time. */
  async fulfil(actor: Actor, redemptionId: string, correlationId: string, now = new Date()): Promise<RedemptionOfReward> {
    assertHandsOver(actor);
    const redemption = await this.dataSource.transaction(async (manager) => {
      const open = await this.lockedOpen(manager, redemptionId, (found) => managesStation(actor, found.stationId));
      if (now >= open.expiresAt) throw new RedemptionNotOpenError(redemptionId, 'past its collection time');
      Object.assign(open, { status: 'fulfilled', fulfilledAt: now, fulfilledBy: actor.id });
      await manager.update(Redemption, open.id, { status: open.status, fulfilledAt: now, fulfilledBy: actor.id });
      await this.outbox.add(manager, fulfilled(open, correlationId));
      return open;
    });
    return this.withReward(redemption);
  }

  private async insert(
    workerId: string,
    { rewardId, stationId }: NewRedemption,
    idempotency: IdempotencyKey | undefined,
    correlationId: string,
    now: Date,
  ): Promise<RedemptionOfReward> {
    const reward = await this.redeemable(rewardId, stationId, now);
    return this.dataSource.transaction(async (manager) => {
      const accountId = (await this.ledger.lockWorkerAccounts(manager, [workerId])).get(workerId) as string;
      // The worker's account is locked: their redemptions are serialised, so the count and the balance are exact.
      if (reward.perWorkerLimit !== null) await this.assertUnderLimit(manager, workerId, reward, now);
      const balance = await this.ledger.balanceOf(manager, accountId);
      if (balance < reward.cost) throw new InsufficientPointsError(reward.cost, balance);
      const id = uuidv7();
      const [posting] = await this.ledger.post(manager, [
        {
          creditKey: `${REDEMPTION_REASON}:${id}`,
          debitAccountId: accountId,
          creditAccountId: REDEMPTIONS_ACCOUNT_ID,
          amount: reward.cost,
          reason: REDEMPTION_REASON,
          referenceId: id,
          sourceEventId: null,
        },
      ]);
      const redemption = manager.create(Redemption, {
        id,
        workerId,
        rewardId,
        stationId,
        cost: reward.cost,
        status: 'placed',
        placedAt: now,
        expiresAt: new Date(now.getTime() + this.settings.collectWithinMs),
        fulfilledAt: null,
        fulfilledBy: null,
        endedAt: null,
        // The key names a redemption id drawn just now, so it was never posted before.
        debitPostingId: (posting as PostedEntry).postingId,
        refundPostingId: null,
        idempotencyKey: idempotency?.key ?? null,
        idempotencyFingerprint: idempotency?.fingerprint ?? null,
      });
      redemption.code = await this.insertWithFreshCode(manager, redemption);
      await this.outbox.add(manager, debited(redemption, balance - reward.cost, correlationId), placed(redemption, reward, correlationId));
      await this.takeOne(manager, rewardId, stationId);
      return { redemption, reward };
    });
  }

  /**
   * Takes one item of the station's stock. The stock row is the one every redemption of this reward there queues
   * on: taken last, so it is held only until the commit. An unlimited stock is only read, so its redemptions never
   * queue on it.
   */
  private async takeOne(manager: EntityManager, rewardId: string, stationId: string): Promise<void> {
    const taken = await manager.query<unknown[]>(
      `WITH taken AS (
         UPDATE reward_stocks SET remaining = remaining - 1 WHERE reward_id = $1 AND station_id = $2 AND remaining > 0 RETURNING remaining
       )
       SELECT remaining FROM taken`,
      [rewardId, stationId],
    );
    if (taken.length > 0) return;
    const [stock] = await manager.query<{ remaining: number | null }[]>(
      `SELECT remaining FROM reward_stocks WHERE reward_id = $1 AND station_id = $2`,
      [rewardId, stationId],
    );
    if (stock?.remaining !== null) throw new OutOfStockError(rewardId, stationId);
  }

  /** The reward, if it can be redeemed at the station now (its stock is decided in the transaction). */
  private async redeemable(rewardId: string, stationId: string, now: Date): Promise<Reward> {
    const reward = await this.dataSource.manager.findOneBy(Reward, { id: rewardId });
    if (!reward) throw new RewardNotFoundError(rewardId);
    if (reward.withdrawnAt) throw new RewardWithdrawnError(rewardId);
    if ((reward.validFrom && now < reward.validFrom) || (reward.validUntil && now >= reward.validUntil)) {
      throw new RewardNotValidNowError(rewardId, reward.validFrom, reward.validUntil);
    }
    if (!(await this.dataSource.manager.existsBy(RewardStock, { rewardId, stationId })))
      throw new RewardNotAtStationError(rewardId, stationId);
    return reward;
  }

  private async assertUnderLimit(manager: EntityManager, workerId: string, reward: Reward, now: Date): Promise<void> {
    const [{ used }] = await manager.query<{ used: number }[]>(
      `SELECT count(*)::integer AS used FROM redemptions
        WHERE worker_id = $1 AND reward_id = $2 AND status IN ('placed', 'fulfilled')
          AND placed_at >= date_trunc($3, $4::timestamptz, $5)`,
      [workerId, reward.id, reward.limitPeriod, now, this.calendar.zone],
    );
    if (used >= (reward.perWorkerLimit as number)) {
      throw new RedemptionLimitReachedError(reward.id, reward.perWorkerLimit as number, reward.limitPeriod as string);
    }
  }

  /** Inserts the redemption under a code no other holds (drawing again in the rare case one does); returns the code. */
  private async insertWithFreshCode(manager: EntityManager, redemption: Omit<Redemption, 'code'>): Promise<string> {
    for (;;) {
      const code = newRedemptionCode();
      const inserted = await manager.query<unknown[]>(
        `INSERT INTO redemptions (id, code, worker_id, reward_id, station_id, cost, status, placed_at, expires_at,
                                  debit_posting_id, idempotency_key, idempotency_fingerprint)
         VALUES ($1, $2, $3, $4, $5, $6, 'placed', $7, $8, $9, $10, $11)
         ON CONFLICT (code) DO NOTHING
         RETURNING id`,
        [
          redemption.id,
          code,
          redemption.workerId,
          redemption.rewardId,
          redemption.stationId,
          redemption.cost,
          redemption.placedAt,
          redemption.expiresAt,
          redemption.debitPostingId,
          redemption.idempotencyKey,
          redemption.idempotencyFingerprint,
        ],
      );
      if (inserted.length > 0) return code;
    }
  }

  /** The redemption, locked, if the actor may see it and it is still placed. */
  private async lockedOpen(manager: EntityManager, redemptionId: string, visible: (found: Redemption) => boolean): Promise<Redemption> {
    const found = await manager.findOne(Redemption, { where: { id: redemptionId }, lock: { mode: 'pessimistic_write' } });
    if (!found || !visible(found)) throw new RedemptionNotFoundError(redemptionId);
    if (found.status !== 'placed') throw new RedemptionNotOpenError(redemptionId, found.status);
    return found;
  }

  private async withReward(redemption: Redemption): Promise<RedemptionOfReward> {
    return { redemption, reward: await this.dataSource.manager.findOneByOrFail(Reward, { id: redemption.rewardId }) };
  }

  private async findEarlier(workerId: string, idempotencyKey: string): Promise<EarlierCreation<RedemptionOfReward> | undefined> {
    const redemption = await this.dataSource.manager.findOneBy(Redemption, { workerId, idempotencyKey });
    return redemption
      ? { id: redemption.id, fingerprint: redemption.idempotencyFingerprint, result: await this.withReward(redemption) }
      : undefined;
  }
}

function assertHandsOver(actor: Actor): void {
  if (actor.role !== 'station-manager' && actor.role !== 'admin') throw new HandOverNotAllowedError(actor.role);
}
