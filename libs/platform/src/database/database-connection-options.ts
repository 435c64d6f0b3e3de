import type { DatabaseEnv } from '../config/env-fields';

/** How a service connects to its database: what the TypeORM pool and any raw `pg.Client` of the service share. */
export interface DatabaseConnectionOptions {
  url: string;
  /** Statements fail (SQLSTATE 55P03) rather than wait longer than this for a lock. */
  lockTimeoutMs: number;
  /** Opening a connection, or waiting for one from the pool, fails after this long. */
  connectTimeoutMs: number;
  /** The server cancels a statement running longer than this (SQLSTATE 57014). */
  statementTimeoutMs: number;
  /** Idle time after which either end probes the other; a dead peer is dropped within about four times this. */
  keepAliveMs: number;
}

/** The connection options of a service's database URL, with the timeouts of its `databaseEnvFields`. */
export function databaseConnectionOptions(url: string, env: DatabaseEnv): DatabaseConnectionOptions {
  return {
    url,
    lockTimeoutMs: env.DATABASE_LOCK_TIMEOUT_MS,
    connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
    keepAliveMs: env.DATABASE_KEEPALIVE_MS,
  };
}
