import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { actorSchema } from '@waystation/contracts';
import type { TokenPair } from '@waystation/http-api';
import { assertUnreachable } from '@waystation/platform';
import { v7 as uuidv7 } from 'uuid';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Account } from '../../accounts/account.entity';
import { AccountNotActiveError, RefreshTokenInvalidError, RefreshTokenReusedError } from '../identity-errors';
import { IdentitySettings } from '../identity-settings';
import { AccessTokens } from '../tokens/access-tokens';
import { RefreshTokenRecord } from './refresh-token.entity';
import { hashRefreshToken, newRefreshToken } from './refresh-token-secret';
import { Session, SessionRevocationReason } from './session.entity';
import { SessionRevocations } from './session-revocations';
import { ClientInfo, SessionIssuer } from './session-issuer';

const DAY_MS = 86_400_000;

type RefreshOutcome =
  | { kind: 'refused' }
  | { kind: 'reused'; sessionId: string }
  | { kind: 'rotated'; account: Account; sessionId: string; refreshToken: string };

/**
 * Sessions as refresh-token families. A sign-in starts a family; each refresh spends the token presented and
 * hands out the next one; presenting a spent token again means two parties hold the family (one stole it), so
 * the whole family ends. Sign-out ends one session, sign-out-everywhere every session of the account.
 */
@Injectable()
export class TokenSessions extends SessionIssuer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessTokens: AccessTokens,
    private readonly revocations: SessionRevocations,
    private readonly settings: IdentitySettings,
  ) {
    super();
  }

  async issue(account: Account, client: ClientInfo): Promise<TokenPair> {
    if (account.status !== 'active') throw new AccountNotActiveError(account.id);
    const sessionId = uuidv7();
    const refreshToken = newRefreshToken();
    await this.dataSource.transaction(async (manager) => {
      const now = new Date();
      await manager.insert(Session, {
        id: sessionId,
        accountId: account.id,
        createdAt: now,
        refreshedAt: null,
        clientIp: client.ip,
        userAgent: client.userAgent ?? null,
        revokedAt: null,
        revokedReason: null,
      });
      await this.storeRefreshToken(manager, sessionId, refreshToken, now);
    });
    return this.pair(account, sessionId, refreshToken);
  }

  /** Spends `refreshToken` for a new pair of the same session. */
  async refresh(refreshToken: string): Promise<TokenPair> {
    const outcome = await this.dataSource.transaction((manager) => this.rotate(manager, hashRefreshToken(refreshToken)));
    switch (outcome.kind) {
      case 'refused':
        throw new RefreshTokenInvalidError();
      case 'reused':
        this.revocations.revoked([outcome.sessionId]);
        throw new RefreshTokenReusedError();
      case 'rotated':
        return this.pair(outcome.account, outcome.sessionId, outcome.refreshToken);
      default:
        return assertUnreachable(outcome);
    }
  }

  async signOut(accountId: string, sessionId: string): Promise<void> {
    await this.revoke(this.dataSource.manager, { id: sessionId, accountId }, 'signed-out');
  }

  async signOutEverywhere(accountId: string): Promise<void> {
    await this.endAllOf(accountId, 'signed-out-everywhere');
  }

  /** Ends every session of the account (e.g. when it is closed), in the caller's transaction when given one. */
  async endAllOf(accountId: string, reason: SessionRevocationReason, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await this.revoke(manager, { accountId }, reason);
  }

  private async rotate(manager: EntityManager, tokenHash: Buffer): Promise<RefreshOutcome> {
    const record = await manager.findOne(RefreshTokenRecord, { where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
    if (!record) return { kind: 'refused' };
    const session = await manager.findOne(Session, { where: { id: record.sessionId }, lock: { mode: 'pessimistic_write' } });
    if (!session || session.revokedAt !== null) return { kind: 'refused' };
    if (record.rotatedAt !== null) {
      await this.revoke(manager, { id: session.id }, 'refresh-token-reused');
      return { kind: 'reused', sessionId: session.id };
    }
    const now = new Date();
    if (record.expiresAt <= now) return { kind: 'refused' };
    const account = await manager.findOneBy(Account, { id: session.accountId });
    if (!account || account.status !== 'active') return { kind: 'refused' };
    await manager.update(RefreshTokenRecord, { tokenHash }, { rotatedAt: now });
    await manager.update(Session, { id: session.id }, { refreshedAt: now });
    const next = newRefreshToken();
    await this.storeRefreshToken(manager, session.id, next, now);
    return { kind: 'rotated', account, sessionId: session.id, refreshToken: next };
  }

  private async revoke(manager: EntityManager, which: { id?: string; accountId?: string }, reason: SessionRevocationReason): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where({ ...which, revokedAt: IsNull() })
      .returning(['id'])
      .execute();
    this.revocations.revoked((result.raw as { id: string }[]).map((row) => row.id));
  }

  private async storeRefreshToken(manager: EntityManager, sessionId: string, token: string, now: Date): Promise<void> {
    await manager.insert(RefreshTokenRecord, {
      tokenHash: hashRefreshToken(token),
      sessionId,
      issuedAt: now,
      expiresAt: new Date(now.getTime() + this.settings.refreshTokenTtlDays * DAY_MS),
      rotatedAt: null,
    });
  }

  private async pair(account: Account, sessionId: string, refreshToken: string): Promise<TokenPair> {
    const actor = actorSchema.parse({ id: account.id, role: account.role, scopes: account.scopes });
    return {
      tokenType: 'Bearer',
      accessToken: await this.accessTokens.sign(actor, sessionId),
      expiresIn: this.accessTokens.settings.ttlSeconds,
      refreshToken,
      account: { id: account.id, role: account.role, displayName: account.displayName },
    };
  }
}
