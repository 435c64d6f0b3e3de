export interface PostgresConnection {
  host: string;
  port: number;
  user: string;
  password: string;
}

/** postgres://user:password@host:port/database, with every part escaped for use in a URL. */
export function connectionUrl(connection: PostgresConnection, database: string): string {
  const credentials = `${encodeURIComponent(connection.user)}:${encodeURIComponent(connection.password)}`;
  return `postgres://${credentials}@${connection.host}:${connection.port}/${encodeURIComponent(database)}`;
}

/** The server a postgres:// URL points at, its database aside (the inverse of connectionUrl). */
export function postgresConnectionOf(url: string): PostgresConnection {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || DEFAULT_POSTGRES_PORT),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
  };
}

const DEFAULT_POSTGRES_PORT = 5432;
