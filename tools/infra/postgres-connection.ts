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
