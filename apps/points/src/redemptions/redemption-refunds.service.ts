import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Ledger } from '../ledger/ledger.service';
import { REDEMPTIONS_ACCOUNT_ID } from '../ledger/system-accounts';
import { Redemption } from './redemption.entity';
import { Refund, REFUND_REASON } from './redemption-events';

/**
 * Gives back what ended redemptions took, in the caller's transaction: a reversal posting per redemption (its own
 * deterministic key, so a redemption is never refunded twice) and the items back on their stations' stock.
 * The caller has already moved each redemption out of `placed` under its row lock; locks are then taken workers
 * first, stock last, each in key order, as placing a redemption takes them, so the two never deadlock.
 */
@Injectable()
export class RedemptionRefunds {
  constructor(private readonly ledger: Ledger) {}

  async refund(manager: EntityManager, redemptions: Redemption[]): Promise<Map<string, Refund>> {
    if (redemptions.length === 0) return new Map();
    const accounts = await this.ledger.lockWorkerAccounts(
      manager,
      redemptions.map((redemption) => redemption.workerId),
    );
    const accountOf = (redemption: Redemption) => accounts.get(redemption.workerId) as string;
    const balances = await this.ledger.balancesOf(manager, [...accounts.values()]);
    const postings = await this.ledger.post(
      manager,
      redemptions.map((redemption) => ({
        creditKey: `${REFUND_REASON}:${redemption.id}`,
        debitAccountId: REDEMPTIONS_ACCOUNT_ID,
        creditAccountId: accountOf(redemption),
        amount: redemption.cost,
        reason: REFUND_REASON,
        referenceId: redemption.id,
        sourceEventId: null,
        reversesPostingId: redemption.debitPostingId,
      })),
    );
    const refunds = new Map<string, Refund>();
    redemptions.forEach((redemption, index) => {
      const posting = postings[index];
      if (!posting) return;
      const balanceAfter = (balances.get(accountOf(redemption)) ?? 0) + redemption.cost;
      balances.set(accountOf(redemption), balanceAfter);
      refunds.set(redemption.id, { postingId: posting.postingId, balanceAfter });
    });
    const refunded = redemptions.filter((redemption) => refunds.has(redemption.id));
    await manager.query(
      `UPDATE redemptions SET refund_posting_id = refund.posting_id
         FROM unnest($1::uuid[], $2::uuid[]) AS refund(id, posting_id) WHERE redemptions.id = refund.id`,
      [refunded.map((redemption) => redemption.id), refunded.map((redemption) => refunds.get(redemption.id)?.postingId)],
    );
    await this.restock(manager, refunded);
    return refunds;
  }

  private async restock(manager: EntityManager, redemptions: Redemption[]): Promise<void> {
    const items = [redemptions.map((redemption) => redemption.rewardId), redemptions.map((redemption) => redemption.stationId)];
    const back = `SELECT reward_id, station_id, count(*)::integer AS items
                    FROM unnest($1::uuid[], $2::uuid[]) AS item(reward_id, station_id) GROUP BY reward_id, station_id`;
    // Locked one by one in key order first: an UPDATE … FROM would lock them in whatever order its join runs.
    await manager.query(
      `SELECT 1 FROM reward_stocks WHERE (reward_id, station_id) IN (SELECT reward_id, station_id FROM (${back}) AS back)
        ORDER BY reward_id, station_id FOR UPDATE`,
      items,
    );
    await manager.query(
      `UPDATE reward_stocks stock SET remaining = stock.remaining + back.items
         FROM (${back}) AS back
        WHERE (stock.reward_id, stock.station_id) = (back.reward_id, back.station_id) AND stock.remaining IS NOT NULL`,
      items,
    );
  }
}
