import { Logger } from '@nestjs/common';
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
        const { rows } = await db.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', [this.lockKey]);
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

/**
 * The leader's connection: besides the service's usual settings, TCP keepalives on both ends, so a half-open
 * connection is noticed within seconds: by the server (which then ends the session and so releases the lock for
 * a standby) and by the leader (whose queries then fail instead of hanging).
 */
export function leaderConnectionConfig(base: ClientConfig): ClientConfig {
  const serverKeepalives = '-c tcp_keepalives_idle=5 -c tcp_keepalives_interval=2 -c tcp_keepalives_count=3';
  return {
    ...base,
    keepAlive: true,
    keepAliveInitialDelayMillis: 5_000,
    options: [base.options, serverKeepalives].filter(Boolean).join(' '),
  };
}
