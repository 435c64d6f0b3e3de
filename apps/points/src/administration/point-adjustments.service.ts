import { Injectable } from '@nestjs/common';
import { Actor, pointsAdjustedV1 } from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { createOnce, EarlierCreation, IdempotencyKey, idempotencyKeyFor } from '@waystation/platform';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { Ledger } from '../ledger/ledger.service';
import { ADJUSTMENTS_ACCOUNT_ID } from '../ledger/system-accounts';
import { SERVICE_NAME } from '../service-name';
import { AdjustmentWouldOverdrawError, PointsAdministrationAdminOnlyError, WorkerWithoutAccountError } from './administration-errors';

/** What the city office asks: points to add (positive) or take away (negative), and why. */
export interface AdjustmentRequest {
  amount: number;
  reason: string;
}

export interface PointAdjustment {
  id: string;
  workerId: string;
  amount: number;
  reason: string;
  balanceAfter: number;
  adjustedBy: string;
  adjustedAt: Date;
}

interface AdjustmentRow {
  id: string;
  worker_id: string;
  amount: number;
  reason: string;
  balance_after: number;
  adjusted_by: string;
  adjusted_at: Date;
  idempotency_fingerprint: string | null;
}

/**
 * The city office's manual corrections of a worker's balance: a posting to or from the adjustments account with a
 * reason the worker reads in their history, never an edit. A correction of a correction is another adjustment.
 */
@Injectable()
export class PointAdjustments {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: Ledger,
    private readonly outbox: Outbox,
  ) {}

  /** With an Idempotency-Key, a retry answers with the first adjustment (see `createOnce`). */
  async adjust(
    actor: Actor,
    workerId: string,
    command: AdjustmentRequest,
    idempotencyKey: string | undefined,
    correlationId: string,
  ): Promise<{ adjustment: PointAdjustment; created: boolean }> {
    if (actor.role !== 'admin') throw new PointsAdministrationAdminOnlyError(actor.role, "adjust a worker's points");
    const idempotency = idempotencyKeyFor(idempotencyKey, { workerId, ...command });
    const { result, created } = await createOnce(idempotency, {
      findEarlier: (key) => this.findEarlier(actor.id, key),
      create: () => this.post(actor, workerId, command, idempotency, correlationId),
    });
    return { adjustment: result, created };
  }

  private post(
    actor: Actor,
    workerId: string,
    { amount, reason }: AdjustmentRequest,
    idempotency: IdempotencyKey | undefined,
    correlationId: string,
  ): Promise<PointAdjustment> {
    return this.dataSource.transaction(async (manager) => {
      const [known] = await manager.query<{ id: string }[]>(`SELECT id FROM ledger_accounts WHERE kind = 'worker' AND owner_id = $1`, [
        workerId,
      ]);
      if (!known) throw new WorkerWithoutAccountError(workerId);
      const accountId = (await this.ledger.lockWorkerAccounts(manager, [workerId])).get(workerId) as string;
      const balance = await this.ledger.balanceOf(manager, accountId);
      if (balance + amount < 0) throw new AdjustmentWouldOverdrawError(balance, amount);
      const id = uuidv7();
      const [posted] = await this.ledger.post(manager, [
        {
          creditKey: `adjustment:${id}`,
          debitAccountId: amount > 0 ? ADJUSTMENTS_ACCOUNT_ID : accountId,
          creditAccountId: amount > 0 ? accountId : ADJUSTMENTS_ACCOUNT_ID,
          amount: Math.abs(amount),
          reason: 'adjustment',
          referenceId: id,
          sourceEventId: null,
          note: reason,
        },
      ]);
      const { postingId, postedAt } = posted as NonNullable<typeof posted>;
      const adjustment = { id, workerId, amount, reason, balanceAfter: balance + amount, adjustedBy: actor.id, adjustedAt: postedAt };
      await manager.query(
        `INSERT INTO point_adjustments
           (id, posting_id, worker_id, amount, reason, balance_after, adjusted_by, adjusted_at, idempotency_key, idempotency_fingerprint)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          id,
          postingId,
          workerId,
          amount,
          reason,
          adjustment.balanceAfter,
          actor.id,
          postedAt,
          idempotency?.key ?? null,
          idempotency?.fingerprint ?? null,
        ],
      );
      await this.outbox.add(
        manager,
        pointsAdjustedV1.create({
          aggregateId: workerId,
          correlationId,
          producer: SERVICE_NAME,
          occurredAt: postedAt,
          payload: {
            transactionId: postingId,
            accountId: workerId,
            amount,
            balanceAfter: adjustment.balanceAfter,
            reason,
            adjustedBy: actor.id,
            adjustedAt: postedAt.toISOString(),
          },
        }),
      );
      return adjustment;
    });
  }

  private async findEarlier(adjustedBy: string, key: string): Promise<EarlierCreation<PointAdjustment> | undefined> {
    const [row] = await this.dataSource.query<AdjustmentRow[]>(
      `SELECT * FROM point_adjustments WHERE adjusted_by = $1 AND idempotency_key = $2`,
      [adjustedBy, key],
    );
    return (
      row && {
        id: row.id,
        fingerprint: row.idempotency_fingerprint,
        result: {
          id: row.id,
          workerId: row.worker_id,
          amount: row.amount,
          reason: row.reason,
          balanceAfter: row.balance_after,
          adjustedBy: row.adjusted_by,
          adjustedAt: row.adjusted_at,
        },
      }
    );
  }
}
