import type { ClientConfig } from 'pg';
import type { DatabaseConnectionOptions } from './database-connection-options';

const IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;
/** Keepalive probes the server sends before it gives a silent client up. */
const SERVER_KEEPALIVE_PROBES = 3;

/**
 * The node-postgres settings of a connection: for `new pg.Client(...)` as it is, and as the TypeORM pool's
 * `extra`. The server-side limits travel as startup parameters, so they cost no statement per transaction: a
 * transaction left open by a hung client is ended by the server with its locks, and the server's own keepalive
 * ends the session (and its advisory locks) of a client whose host or network died.
 */
export function postgresClientConfig(options: DatabaseConnectionOptions): ClientConfig {
  const keepAliveSeconds = Math.ceil(options.keepAliveMs / 1_000);
  return {
    connectionString: options.url,
    connectionTimeoutMillis: options.connectTimeoutMs,
    keepAlive: true,
    keepAliveInitialDelayMillis: options.keepAliveMs,
    lock_timeout: options.lockTimeoutMs,
    statement_timeout: options.statementTimeoutMs,
    idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_TIMEOUT_MS,
    options: [
      `-c tcp_keepalives_idle=${keepAliveSeconds}`,
      `-c tcp_keepalives_interval=${keepAliveSeconds}`,
      `-c tcp_keepalives_count=${SERVER_KEEPALIVE_PROBES}`,
      // Also bounds how long the server waits for a dead client to acknowledge data it sent.
      `-c tcp_user_timeout=${(SERVER_KEEPALIVE_PROBES + 1) * keepAliveSeconds * 1_000}`,
    ].join(' '),
  };
}
