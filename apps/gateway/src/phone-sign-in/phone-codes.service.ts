import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { GatewayConfig } from '../config/gateway.config';
import { RateLimitedError } from '../rate-limits/rate-limited.error';
import { RateLimiter } from '../rate-limits/rate-limiter.service';
import { hashOneTimeCode, newOneTimeCode, oneTimeCodeMatches } from './one-time-code';
import { SmsDeliveryFailedError } from './phone-sign-in-errors';
import { SmsSender } from './sms/sms-sender';

export const PHONE_CODE_SETTINGS = Symbol('PHONE_CODE_SETTINGS');
export type PhoneCodeSettings = Pick<
  GatewayConfig,
  | 'GATEWAY_OTP_SECRET'
  | 'GATEWAY_OTP_TTL_SECONDS'
  | 'GATEWAY_OTP_MAX_ATTEMPTS'
  | 'GATEWAY_OTP_RESEND_INTERVAL_SECONDS'
  | 'GATEWAY_OTP_PER_NUMBER_PER_HOUR'
  | 'GATEWAY_OTP_PER_ADDRESS_PER_HOUR'
>;

const HOUR_SECONDS = 3_600;

export interface SentCode {
  expiresAt: Date;
  resendAllowedAt: Date;
}

/** The result of checking a code: a wrong one costs an attempt, which must be kept even though sign-in fails. */
export type CodeCheck = { outcome: 'matches' } | { outcome: 'incorrect'; attemptsLeft: number } | { outcome: 'none' };

interface PendingCode {
  code_hash: Buffer;
  attempts_left: number;
}

/**
 * One-time codes for phone sign-in: one pending code per number (a new one replaces it), stored hashed, alive for
 * a few minutes and a few attempts. Sending is limited per number (a wait between codes and a count per hour)
 * and per client address, in the gateway's database, so the limits hold across replicas.
 */
@Injectable()
export class PhoneCodes {
  constructor(
    private readonly dataSource: DataSource,
    private readonly limiter: RateLimiter,
    private readonly sms: SmsSender,
    @Inject(PHONE_CODE_SETTINGS) private readonly settings: PhoneCodeSettings,
  ) {}

  async send(phone: string, clientAddress: string): Promise<SentCode> {
    const code = newOneTimeCode();
    const sent = await this.dataSource.transaction(async (manager) => {
      const replaced = await this.replaceCode(manager, phone, code);
      const verdict = await this.limiter.hit(
        [
          { key: `otp:number:${phone}`, limit: this.settings.GATEWAY_OTP_PER_NUMBER_PER_HOUR, windowSeconds: HOUR_SECONDS },
          { key: `otp:address:${clientAddress}`, limit: this.settings.GATEWAY_OTP_PER_ADDRESS_PER_HOUR, windowSeconds: HOUR_SECONDS },
        ],
        manager,
      );
      // Thrown inside the transaction: the new code and the counts roll back, and only codes sent are counted.
      if (!verdict.allowed) throw new RateLimitedError('codes requested', verdict.retryAfterSeconds);
      return replaced;
    });
    try {
      await this.sms.sendCode(phone, code);
    } catch (error) {
      await this.dataSource.query(`DELETE FROM phone_codes WHERE phone = $1`, [phone]);
      if (error instanceof SmsDeliveryFailedError) throw error;
      throw new SmsDeliveryFailedError(error instanceof Error ? error.message : String(error));
    }
    return sent;
  }

  /** Checks `code` against the number's pending code in `manager`'s transaction, locking it until that ends. */
  async check(manager: EntityManager, phone: string, code: string): Promise<CodeCheck> {
    const [pending]: PendingCode[] = await manager.query(
      `SELECT code_hash, attempts_left FROM phone_codes WHERE phone = $1 AND expires_at > now() AND attempts_left > 0 FOR UPDATE`,
      [phone],
    );
    if (!pending) return { outcome: 'none' };
    if (oneTimeCodeMatches(this.settings.GATEWAY_OTP_SECRET, phone, code, pending.code_hash)) return { outcome: 'matches' };
    const attemptsLeft = pending.attempts_left - 1;
    await manager.query(`UPDATE phone_codes SET attempts_left = $2 WHERE phone = $1`, [phone, attemptsLeft]);
    return { outcome: 'incorrect', attemptsLeft };
  }

  /**
   * A code works once. Its row stays until it expires, attempts used up, so the wait before the next code holds
   * after a sign-in or the last wrong attempt too.
   */
  async consume(manager: EntityManager, phone: string): Promise<void> {
    await manager.query(`UPDATE phone_codes SET attempts_left = 0 WHERE phone = $1`, [phone]);
  }

  /** Forgets codes that expired; returns how many. */
  async forgetExpired(): Promise<number> {
    const [, deleted]: [unknown, number] = await this.dataSource.query(`DELETE FROM phone_codes WHERE expires_at <= now()`);
    return deleted;
  }

  /** Stores the new code in place of the pending one, unless the last was sent too recently. */
  private async replaceCode(manager: EntityManager, phone: string, code: string): Promise<SentCode> {
    const hash = hashOneTimeCode(this.settings.GATEWAY_OTP_SECRET, phone, code);
    const ttl = this.settings.GATEWAY_OTP_TTL_SECONDS;
    const interval = this.settings.GATEWAY_OTP_RESEND_INTERVAL_SECONDS;
    const [stored]: { expires_at: Date; resend_allowed_at: Date }[] = await manager.query(
      `INSERT INTO phone_codes AS pending (phone, code_hash, attempts_left, sent_at, expires_at)
       VALUES ($1, $2, $3, now(), now() + make_interval(secs => $4))
       ON CONFLICT (phone) DO UPDATE
          SET code_hash = EXCLUDED.code_hash, attempts_left = EXCLUDED.attempts_left,
              sent_at = EXCLUDED.sent_at, expires_at = EXCLUDED.expires_at
        WHERE pending.sent_at <= now() - make_interval(secs => $5)
       RETURNING expires_at, sent_at + make_interval(secs => $5) AS resend_allowed_at`,
      [phone, hash, this.settings.GATEWAY_OTP_MAX_ATTEMPTS, ttl, interval],
    );
    if (stored) return { expiresAt: stored.expires_at, resendAllowedAt: stored.resend_allowed_at };
    const [{ wait_seconds }]: { wait_seconds: number }[] = await manager.query(
      `SELECT ceil(extract(epoch FROM sent_at + make_interval(secs => $2) - now()))::int AS wait_seconds
         FROM phone_codes WHERE phone = $1`,
      [phone, interval],
    );
    throw new RateLimitedError('codes for this number', Math.max(1, wait_seconds));
  }
}
