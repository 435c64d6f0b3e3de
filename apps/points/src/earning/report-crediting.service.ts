import { Injectable } from '@nestjs/common';
import { pointsCreditedV1, ReportConfirmedV1 } from '@waystation/contracts';
import { Inbox, Outbox, PermanentEventError } from '@waystation/messaging';
import { Ledger } from '../ledger/ledger.service';
import { ISSUANCE_ACCOUNT_ID } from '../ledger/system-accounts';
import { SERVICE_NAME } from '../service-name';
import { EarningRule } from './earning-rule.entity';

const REASON = 'report.confirmed';

/**
 * Credits the reporter of a confirmed report, exactly once: the inbox row, the posting and the
 * `points.credited` event commit in one transaction.
 */
@Injectable()
export class ReportCrediting {
  constructor(
    private readonly inbox: Inbox,
    private readonly outbox: Outbox,
    private readonly ledger: Ledger,
  ) {}

  async creditReporter(event: ReportConfirmedV1): Promise<void> {
    const { reportId, reporterId, category } = event.payload;
    await this.inbox.processOnce(event, async (manager) => {
      const rule = await manager.findOneBy(EarningRule, { category });
      if (!rule) throw new PermanentEventError(`No earning rule for category "${category}"`);
      const workerAccountId = await this.ledger.lockWorkerAccount(manager, reporterId);
      const { postingId, postedAt } = await this.ledger.post(manager, {
        debitAccountId: ISSUANCE_ACCOUNT_ID,
        creditAccountId: workerAccountId,
        amount: rule.points,
        reason: REASON,
        referenceId: reportId,
        sourceEventId: event.id,
      });
      const balanceAfter = await this.ledger.balanceOf(manager, workerAccountId);
      await this.outbox.add(
        manager,
        pointsCreditedV1.create({
          aggregateId: reporterId,
          correlationId: event.correlationId,
          causationId: event.id,
          producer: SERVICE_NAME,
          occurredAt: postedAt,
          payload: {
            transactionId: postingId,
            accountId: reporterId,
            amount: rule.points,
            balanceAfter,
            reason: REASON,
            referenceId: reportId,
            sourceEventId: event.id,
            creditedAt: postedAt.toISOString(),
          },
        }),
      );
    });
  }
}
