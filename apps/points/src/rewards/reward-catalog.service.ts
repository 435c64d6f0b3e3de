import { Injectable } from '@nestjs/common';
import { Actor, LocalizedText, Page, RewardKind, RewardLimitPeriod, RewardName, toPage } from '@waystation/contracts';
import { createOnce, EarlierCreation, IdempotencyKey, idempotencyKeyFor } from '@waystation/platform';
import { DataSource, EntityManager, In } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { CatalogNotManagedError, RewardInvalidError, RewardNotFoundError, RewardWithdrawnError } from './reward-errors';
import { RewardStock } from './reward-stock.entity';
import { Reward } from './reward.entity';

export interface RewardLimit {
  count: number;
  period: RewardLimitPeriod;
}

export interface RewardFields {
  name: RewardName;
  description: LocalizedText | null;
  cost: number;
  imageUrl: string | null;
  sessionId: string | null;
  limit: RewardLimit | null;
  validFrom: string | null;
  validUntil: string | null;
}

export interface NewReward extends RewardFields {
  kind: RewardKind;
}

/** A reward with the stations that hand it out. */
export interface CatalogEntry {
  reward: Reward;
  stocks: RewardStock[];
}

export interface RewardsQuery {
  stationId?: string;
  cursor?: string;
  limit: number;
}

/** The rewards catalog: the city office creates, changes and withdraws rewards and sets their stock per station. */
@Injectable()
export class RewardCatalog {
  constructor(private readonly dataSource: DataSource) {}

  async create(actor: Actor, command: NewReward, idempotencyKey: string | undefined): Promise<{ entry: CatalogEntry; created: boolean }> {
    assertManagesCatalog(actor);
    const idempotency = idempotencyKeyFor(idempotencyKey, command);
    const { result, created } = await createOnce(idempotency, {
      findEarlier: (key) => this.findEarlier(actor.id, key),
      create: () => this.insert(actor, command, idempotency),
    });
    return { entry: result, created };
  }

  async update(actor: Actor, rewardId: string, patch: Partial<RewardFields>): Promise<CatalogEntry> {
    assertManagesCatalog(actor);
    return this.dataSource.transaction(async (manager) => {
      const reward = await this.lockedReward(manager, rewardId);
      if (reward.withdrawnAt) throw new RewardWithdrawnError(rewardId);
      const changed = Object.assign(reward, rewardColumns(patch), { updatedAt: new Date() });
      if (changed.sessionId && changed.kind !== 'service') throw new RewardInvalidError('Only a service reward references a session');
      if (changed.validFrom && changed.validUntil && changed.validUntil <= changed.validFrom) {
        throw new RewardInvalidError('validUntil must be after validFrom');
      }
      await manager.save(changed);
      return this.entryOf(manager, changed);
    });
  }

  /** Takes the reward out of the catalog; redemptions already placed stay collectable. Withdrawing again changes nothing. */
  async withdraw(actor: Actor, rewardId: string): Promise<CatalogEntry> {
    assertManagesCatalog(actor);
    return this.dataSource.transaction(async (manager) => {
      const reward = await this.lockedReward(manager, rewardId);
      if (!reward.withdrawnAt) {
        reward.withdrawnAt = new Date();
        reward.updatedAt = reward.withdrawnAt;
        await manager.save(reward);
      }
      return this.entryOf(manager, reward);
    });
  }

  /** Sets how many the station has left to redeem (null: unlimited), counted by the station's staff. */
  async setStock(actor: Actor, rewardId: string, stationId: string, remaining: number | null): Promise<RewardStock> {
    assertManagesCatalog(actor);
    const reward = await this.dataSource.manager.findOneBy(Reward, { id: rewardId });
    if (!reward) throw new RewardNotFoundError(rewardId);
    if (reward.withdrawnAt) throw new RewardWithdrawnError(rewardId);
    const [stock] = await this.dataSource.manager.query<{ remaining: number | null; updated_at: Date }[]>(
      `INSERT INTO reward_stocks (reward_id, station_id, remaining, updated_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (reward_id, station_id) DO UPDATE SET remaining = EXCLUDED.remaining, updated_at = EXCLUDED.updated_at
       RETURNING remaining, updated_at`,
      [rewardId, stationId, remaining],
    );
    return Object.assign(new RewardStock(), { rewardId, stationId, remaining: stock.remaining, updatedAt: stock.updated_at });
  }

  async get(rewardId: string): Promise<CatalogEntry> {
    const reward = await this.dataSource.manager.findOneBy(Reward, { id: rewardId });
    if (!reward) throw new RewardNotFoundError(rewardId);
    return this.entryOf(this.dataSource.manager, reward);
  }

  /** Rewards not withdrawn and not past their window, newest first; with `stationId`, those that station hands out. */
  async active({ stationId, cursor, limit }: RewardsQuery, now = new Date()): Promise<Page<CatalogEntry>> {
    const query = this.dataSource.manager
      .createQueryBuilder(Reward, 'reward')
      .where('reward.withdrawn_at IS NULL AND (reward.valid_until IS NULL OR reward.valid_until > :now)', { now })
      .orderBy('reward.id', 'DESC')
      .take(limit + 1);
    if (stationId) {
      query.andWhere('EXISTS (SELECT 1 FROM reward_stocks stock WHERE stock.reward_id = reward.id AND stock.station_id = :stationId)', {
        stationId,
      });
    }
    if (cursor) query.andWhere('reward.id < :cursor', { cursor });
    const rewards = await query.getMany();
    const stocks = await this.dataSource.manager.find(RewardStock, {
      where: { rewardId: In(rewards.map((reward) => reward.id)) },
      order: { stationId: 'ASC' },
    });
    return toPage(
      rewards,
      limit,
      (reward) => ({ reward, stocks: stocks.filter((stock) => stock.rewardId === reward.id) }),
      (reward) => reward.id,
    );
  }

  private async insert(actor: Actor, command: NewReward, idempotency: IdempotencyKey | undefined): Promise<CatalogEntry> {
    const now = new Date();
    const reward = this.dataSource.manager.create(Reward, {
      id: uuidv7(),
      kind: command.kind,
      ...rewardColumns(command),
      withdrawnAt: null,
      createdBy: actor.id,
      createdAt: now,
      updatedAt: now,
      idempotencyKey: idempotency?.key ?? null,
      idempotencyFingerprint: idempotency?.fingerprint ?? null,
    });
    await this.dataSource.manager.insert(Reward, reward);
    return { reward, stocks: [] };
  }

  private async findEarlier(createdBy: string, idempotencyKey: string): Promise<EarlierCreation<CatalogEntry> | undefined> {
    const reward = await this.dataSource.manager.findOneBy(Reward, { createdBy, idempotencyKey });
    return reward
      ? { id: reward.id, fingerprint: reward.idempotencyFingerprint, result: await this.entryOf(this.dataSource.manager, reward) }
      : undefined;
  }

  private async lockedReward(manager: EntityManager, rewardId: string): Promise<Reward> {
    const reward = await manager.findOne(Reward, { where: { id: rewardId }, lock: { mode: 'pessimistic_write' } });
    if (!reward) throw new RewardNotFoundError(rewardId);
    return reward;
  }

  private async entryOf(manager: EntityManager, reward: Reward): Promise<CatalogEntry> {
    return { reward, stocks: await manager.find(RewardStock, { where: { rewardId: reward.id }, order: { stationId: 'ASC' } }) };
  }
}

function assertManagesCatalog(actor: Actor): void {
  if (actor.role !== 'admin') throw new CatalogNotManagedError();
}

/** The columns the given fields set; a field left out sets nothing. */
function rewardColumns(fields: Partial<RewardFields>): Partial<Reward> {
  const columns: Partial<Reward> = {};
  if (fields.name) Object.assign(columns, { nameZh: fields.name['zh-CN'], nameEn: fields.name.en });
  if (fields.description !== undefined) {
    Object.assign(columns, { descriptionZh: fields.description?.['zh-CN'] ?? null, descriptionEn: fields.description?.en ?? null });
  }
  if (fields.cost !== undefined) columns.cost = fields.cost;
  if (fields.imageUrl !== undefined) columns.imageUrl = fields.imageUrl;
  if (fields.sessionId !== undefined) columns.sessionId = fields.sessionId;
  if (fields.limit !== undefined)
    Object.assign(columns, { perWorkerLimit: fields.limit?.count ?? null, limitPeriod: fields.limit?.period ?? null });
  if (fields.validFrom !== undefined) columns.validFrom = fields.validFrom === null ? null : new Date(fields.validFrom);
  if (fields.validUntil !== undefined) columns.validUntil = fields.validUntil === null ? null : new Date(fields.validUntil);
  return columns;
}
