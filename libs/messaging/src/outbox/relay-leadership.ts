import { Logger } from '@nestjs/common';
import { DatabaseConnectionOptions, postgresClientConfig } from '@waystation/platform';
import { Client, ClientConfig } from 'pg';
import { WakeableSleep } from './wakeable-sleep';

/**
 * One relay leads at a time: the leader holds a PostgreSQL advisory lock on a connection of its own, which the
 * server releases the moment that connection ends, whatever ended it (a crash, pg_terminate_backend, a network
 * cut). The standbys try the lock every few seconds.
 */
export class RelayLeadership {
  private readonly logger = new Logger(RelayLeadership.name);

  constructor(
    private readonly connectionConfig: ClientConfig,
    private readonly lockKey: string,
    private readonly standbyRecheckMs: number,
  ) {}

  /**
   * Opens a connection and waits on it as a standby until it holds the lock; resolves to that connection, or
   * to undefined once `isStopping` says so. Rejects when the connection fails: the caller opens a new one.
   */
  async acquire(sleep: WakeableSleep, isStopping: () => boolean): Promise<Client | undefined> {
    const db = new Client(this.connectionConfig);
    db.on('error', (error) => this.logger.warn({ err: error }, 'outbox relay connection error'));
    try {
      await db.connect();
      while (!isStopping()) {
        const { rows } = await db.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', [
          this.lockKey,
        ]);
        if (rows[0].locked) return db;
        await sleep.sleep(this.standbyRecheckMs);
      }
    } catch (error) {
      await db.end().catch(() => undefined);
      throw error;
    }
    await db.end().catch(() => undefined);
    return undefined;
  }
}

/** Short enough that a leader cut off by the network loses the lock within about 15 s (four keepalive periods). */
const LEADER_KEEPALIVE_MS = 4_000;

/**
 * The leader's connection: the service's usual settings (connect and statement timeouts, keepalives on both ends),
 * with keepalives short enough that a half-open connection is noticed within seconds: by the server, which then
 * ends the session and so releases the lock for a standby, and by the leader, whose queries then fail.
 */
export function leaderConnectionConfig(connection: DatabaseConnectionOptions): ClientConfig {
  return postgresClientConfig({ ...connection, keepAliveMs: Math.min(connection.keepAliveMs, LEADER_KEEPALIVE_MS) });
}
