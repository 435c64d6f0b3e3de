import { Inject, Injectable } from '@nestjs/common';
import { AnyEvent, pointsExpiredV1, pointsExpiringV1 } from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import { CityCalendar } from '../calendar/city-calendar';
import { Ledger } from '../ledger/ledger.service';
import { EXPIRY_ACCOUNT_ID } from '../ledger/system-accounts';
import { SERVICE_NAME } from '../service-name';
import { EXPIRY_SETTINGS, ExpirySettings } from './expiry-settings';

/** What one worker holds, as the expiry rule sees it. */
interface Holding {
  accountId: string;
  workerId: string;
  /** Everything credited up to the expiry cutoff, and up to the warning cutoff. */
  creditedByCutoff: number;
  creditedByWarning: number;
  /** Everything ever debited (spending, earlier expiries, adjustments taking points away), less refunds of spending. */
  debited: number;
}

interface HoldingRow {
  id: string;
  owner_id: string;
  credited_by_cutoff: string;
  credited_by_warning: string;
  debited: string;
}

/**
 * Points expire a configured number of months after they were credited, oldest first: spending takes the oldest
 * points first, so what expires at a cutoff is what was credited up to it less everything debited since the
 * account opened. Safe on every replica at once: each worker is handled under their account's lock, an expiry's
 * key names the worker and the city's day, and a warning is a row per worker and month.
 */
@Injectable()
export class PointsExpiry {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: Ledger,
    private readonly outbox: Outbox,
    private readonly calendar: CityCalendar,
    @Inject(EXPIRY_SETTINGS) private readonly settings: ExpirySettings,
  ) {}

  /** Expires what is due at `now` and warns of what will be due within the warning days; the counts of each. */
  async run(now = new Date()): Promise<{ expired: number; warned: number }> {
    const { cutoff, warningCutoff } = this.cutoffsAt(now);
    let expired = 0;
    let warned = 0;
    for (const candidate of await this.holdings(this.dataSource.manager, cutoff, warningCutoff, null)) {
      if (expiringAt(candidate) === 0 && expiringSoon(candidate) === 0) continue;
      const outcome = await this.dataSource.transaction(async (manager) => {
        await this.ledger.lockWorkerAccounts(manager, [candidate.workerId]);
        // Read again under the lock: another replica may have handled this worker meanwhile.
        const [holding] = await this.holdings(manager, cutoff, warningCutoff, candidate.accountId);
        if (!holding) return { didExpire: false, didWarn: false };
        const events: AnyEvent[] = [];
        const didExpire = await this.expire(manager, holding, cutoff, now, events);
        const didWarn = await this.warn(manager, holding, warningCutoff, now, events);
        await this.outbox.add(manager, ...events);
        return { didExpire, didWarn };
      });
      expired += Number(outcome.didExpire);
      warned += Number(outcome.didWarn);
    }
    return { expired, warned };
  }

  /** What of a worker's balance will expire within the warning days, and by when. */
  async expiringSoonFor(manager: EntityManager, accountId: string, now = new Date()): Promise<{ points: number; by: Date }> {
    const { cutoff, warningCutoff } = this.cutoffsAt(now);
    const [holding] = await this.holdings(manager, cutoff, warningCutoff, accountId);
    return { points: holding ? expiringAt(holding) + expiringSoon(holding) : 0, by: this.expiresBy(now) };
  }

  private async expire(manager: EntityManager, holding: Holding, cutoff: Date, now: Date, events: AnyEvent[]): Promise<boolean> {
    const amount = expiringAt(holding);
    if (amount === 0) return false;
    const day = this.calendar.dayOf(now);
    const [posted] = await this.ledger.post(manager, [
      {
        creditKey: `points.expired:${holding.workerId}:${day}`,
        debitAccountId: holding.accountId,
        creditAccountId: EXPIRY_ACCOUNT_ID,
        amount,
        reason: 'points.expired',
        referenceId: null,
        sourceEventId: null,
      },
    ]);
    if (!posted) return false;
    events.push(
      pointsExpiredV1.create({
        aggregateId: holding.workerId,
        correlationId: `points-expiry-${day}`,
        producer: SERVICE_NAME,
        occurredAt: posted.postedAt,
        payload: {
          transactionId: posted.postingId,
          accountId: holding.workerId,
          amount,
          balanceAfter: await this.ledger.balanceOf(manager, holding.accountId),
          earnedBefore: cutoff.toISOString(),
          expiredAt: posted.postedAt.toISOString(),
        },
      }),
    );
    return true;
  }

  private async warn(manager: EntityManager, holding: Holding, warningCutoff: Date, now: Date, events: AnyEvent[]): Promise<boolean> {
    const amount = expiringSoon(holding);
    if (amount === 0) return false;
    const month = this.calendar.monthOf(now);
    const expiresBy = this.expiresBy(now);
    const inserted = await manager.query<unknown[]>(
      `INSERT INTO points_expiry_warnings (worker_id, month, amount, expires_by, warned_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING worker_id`,
      [holding.workerId, month, amount, expiresBy, now],
    );
    if (inserted.length === 0) return false;
    events.push(
      pointsExpiringV1.create({
        aggregateId: holding.workerId,
        correlationId: `points-expiry-warning-${month}`,
        producer: SERVICE_NAME,
        occurredAt: now,
        payload: { accountId: holding.workerId, amount, expiresBy: expiresBy.toISOString(), warnedAt: now.toISOString() },
      }),
    );
    return true;
  }

  private cutoffsAt(now: Date): { cutoff: Date; warningCutoff: Date } {
    const cutoff = DateTime.fromJSDate(now).minus({ months: this.settings.expireAfterMonths });
    return { cutoff: cutoff.toJSDate(), warningCutoff: cutoff.plus({ days: this.settings.warningDays }).toJSDate() };
  }

  /** When what expires soon at `now` will have expired. */
  expiresBy(now: Date): Date {
    return DateTime.fromJSDate(now).plus({ days: this.settings.warningDays }).toJSDate();
  }

  /**
   * The workers holding points (one, given its account), with what was credited by each cutoff and debited ever. A
   * refund (a posting reversing a spend) is not a new credit but the spend undone: it takes back the debit, so the
   * points it returns keep the age of those the spend took, the oldest, rather than starting a new term.
   */
  private async holdings(manager: EntityManager, cutoff: Date, warningCutoff: Date, accountId: string | null): Promise<Holding[]> {
    const rows = await manager.query<HoldingRow[]>(
      `SELECT account.id, account.owner_id,
              (SELECT coalesce(sum(amount), 0) FROM ledger_postings
                WHERE credit_account_id = account.id AND reverses_posting_id IS NULL AND posted_at <= $1) AS credited_by_cutoff,
              (SELECT coalesce(sum(amount), 0) FROM ledger_postings
                WHERE credit_account_id = account.id AND reverses_posting_id IS NULL AND posted_at <= $2) AS credited_by_warning,
              (SELECT coalesce(sum(amount), 0) FROM ledger_postings WHERE debit_account_id = account.id)
              - (SELECT coalesce(sum(amount), 0) FROM ledger_postings
                  WHERE credit_account_id = account.id AND reverses_posting_id IS NOT NULL) AS debited
         FROM ledger_accounts account
        WHERE account.kind = 'worker' AND account.balance > 0 AND ($3::uuid IS NULL OR account.id = $3::uuid)
          AND EXISTS (SELECT 1 FROM ledger_postings
                       WHERE credit_account_id = account.id AND reverses_posting_id IS NULL AND posted_at <= $2)`,
      [cutoff, warningCutoff, accountId],
    );
    return rows.map((row) => ({
      accountId: row.id,
      workerId: row.owner_id,
      creditedByCutoff: Number(row.credited_by_cutoff),
      creditedByWarning: Number(row.credited_by_warning),
      debited: Number(row.debited),
    }));
  }
}

/** Oldest first: what was credited by the cutoff and not since taken by any debit. */
const expiringAt = ({ creditedByCutoff, debited }: Holding): number => Math.max(0, creditedByCutoff - debited);

/** What will expire by the warning cutoff beyond what expires now. */
const expiringSoon = (holding: Holding): number => Math.max(0, holding.creditedByWarning - holding.debited) - expiringAt(holding);
