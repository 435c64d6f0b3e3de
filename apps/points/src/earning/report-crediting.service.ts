import { Injectable } from '@nestjs/common';
import { pointsCreditedV1, PointsCreditedV1 } from '@waystation/contracts';
import { Inbox, Outbox } from '@waystation/messaging';
import { EntityManager } from 'typeorm';
import { Ledger, PostedEntry } from '../ledger/ledger.service';
import { ISSUANCE_ACCOUNT_ID } from '../ledger/system-accounts';
import { SERVICE_NAME } from '../service-name';
import { creditAmounts, ReportConfirmed } from './credit-amounts';
import { EarningRule } from './earning-rule.entity';

const REASON = 'report.confirmed';

/**
 * Credits the reporters of confirmed reports, exactly once: the inbox rows, the postings and the
 * `points.credited` events of a batch commit in one transaction.
 */
@Injectable()
export class ReportCrediting {
  constructor(
    private readonly inbox: Inbox,
    private readonly outbox: Outbox,
    private readonly ledger: Ledger,
  ) {}

  async creditReporters(events: ReportConfirmed[]): Promise<void> {
    await this.inbox.processBatchOnce(events, async (manager, fresh) => {
      const pointsByCategory = await this.earningRules(manager);
      const amounts = creditAmounts(fresh, pointsByCategory);
      const accounts = await this.ledger.lockWorkerAccounts(
        manager,
        fresh.map((event) => event.payload.reporterId),
      );
      const accountOf = (event: ReportConfirmed) => accounts.get(event.payload.reporterId) as string;
      const balances = await this.ledger.balancesOf(manager, [...accounts.values()]);
      const postings = await this.ledger.post(
        manager,
        fresh.map((event, index) => ({
          creditKey: creditKeyOf(event),
          debitAccountId: ISSUANCE_ACCOUNT_ID,
          creditAccountId: accountOf(event),
          amount: amounts[index],
          reason: REASON,
          referenceId: event.payload.reportId,
          sourceEventId: event.id,
        })),
      );
      const credited = fresh.flatMap((event, index): PointsCreditedV1[] => {
        const posting = postings[index];
        // The report was credited before, by another event for it: nothing more to pay or announce.
        if (!posting) return [];
        // The accounts are locked, so the balance read above plus this batch's earlier credits is exact.
        const balanceAfter = (balances.get(accountOf(event)) ?? 0) + amounts[index];
        balances.set(accountOf(event), balanceAfter);
        return [creditedEvent(event, amounts[index], balanceAfter, posting)];
      });
      await this.outbox.add(manager, ...credited);
    });
  }

  private async earningRules(manager: EntityManager): Promise<Map<string, number>> {
    const rules = await manager.find(EarningRule);
    return new Map(rules.map((rule) => [rule.category, rule.points]));
  }
}

/** One credit per confirmed report, whichever event (and however many) announce the confirmation. */
function creditKeyOf(event: ReportConfirmed): string {
  return `${REASON}:${event.payload.reportId}`;
}

function creditedEvent(
  event: ReportConfirmed,
  amount: number,
  balanceAfter: number,
  { postingId, postedAt }: PostedEntry,
): PointsCreditedV1 {
  const { reportId, reporterId } = event.payload;
  return pointsCreditedV1.create({
    aggregateId: reporterId,
    correlationId: event.correlationId,
    causationId: event.id,
    producer: SERVICE_NAME,
    occurredAt: postedAt,
    payload: {
      transactionId: postingId,
      accountId: reporterId,
      amount,
      balanceAfter,
      reason: REASON,
      referenceId: reportId,
      sourceEventId: event.id,
      creditedAt: postedAt.toISOString(),
    },
  });
}
