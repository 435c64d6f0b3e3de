import { Injectable } from '@nestjs/common';
import { Outbox } from '@waystation/messaging';
import { DataSource, In } from 'typeorm';
import { expired } from './redemption-events';
import { RedemptionRefunds } from './redemption-refunds.service';
import { Redemption } from './redemption.entity';

const BATCH = 200;

/**
 * Expires the redemptions not collected by their time and refunds them, a batch per transaction. Safe on several
 * replicas at once: each batch takes its rows with `FOR UPDATE SKIP LOCKED`, so two runs never take the same
 * redemption, and a cancellation or hand-over racing with it waits for the row and then finds it no longer placed.
 */
@Injectable()
export class RedemptionExpiry {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly refunds: RedemptionRefunds,
  ) {}

  /** How many redemptions this run expired. */
  async run(now = new Date(), correlationId = `redemption-expiry-${now.toISOString()}`): Promise<number> {
    let expiredCount = 0;
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const ids = await manager.query<{ id: string }[]>(
          `WITH due AS (
             UPDATE redemptions SET status = 'expired', ended_at = $1
              WHERE id IN (SELECT id FROM redemptions WHERE status = 'placed' AND expires_at <= $1
                            ORDER BY expires_at, id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
             RETURNING id
           )
           SELECT id FROM due`,
          [now],
        );
        if (ids.length === 0) return 0;
        const redemptions = await manager.findBy(Redemption, { id: In(ids.map(({ id }) => id)) });
        const refunds = await this.refunds.refund(manager, redemptions);
        await this.outbox.add(
          manager,
          ...redemptions.flatMap((redemption) => {
            const refund = refunds.get(redemption.id);
            return refund ? [expired(redemption, refund, correlationId)] : [];
          }),
        );
        return redemptions.length;
      });
      expiredCount += batch;
      // A shorter batch is the end, or another replica holds the rest; the next run picks up anything left.
      if (batch < BATCH) return expiredCount;
    }
  }
}
