import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';
import { IdentitySettings } from '../identity-settings';
import { Session } from './session.entity';

/** Sessions whose state a replica keeps at once; each entry is a few dozen bytes. */
const MAX_CACHED_SESSIONS = 100_000;

/**
 * Whether the session an access token belongs to has ended, asked on every authenticated request. The answer is
 * kept for `GATEWAY_SESSION_CHECK_CACHE_MS`: a session revoked here is known revoked at once, one revoked on
 * another replica is refused here at most that long later. Concurrent requests of one session share one read.
 */
@Injectable()
export class SessionRevocations {
  private readonly cache?: LRUCache<string, boolean>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    settings: IdentitySettings,
  ) {
    if (settings.sessionCheckCacheMs > 0) {
      this.cache = new LRUCache<string, boolean>({
        max: MAX_CACHED_SESSIONS,
        ttl: settings.sessionCheckCacheMs,
        fetchMethod: (sessionId) => this.read(sessionId),
      });
    }
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    return this.cache ? ((await this.cache.fetch(sessionId)) ?? true) : this.read(sessionId);
  }

  /** Called by whoever revoked them on this replica, so that their tokens stop here without delay. */
  revoked(sessionIds: readonly string[]): void {
    for (const sessionId of sessionIds) this.cache?.set(sessionId, true);
  }

  private async read(sessionId: string): Promise<boolean> {
    const session = await this.dataSource
      .getRepository(Session)
      .findOne({ select: { id: true, revokedAt: true }, where: { id: sessionId } });
    // A session this database never had is as good as revoked.
    return !session || session.revokedAt !== null;
  }
}
