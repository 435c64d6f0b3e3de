import { connectionUrl, postgresConnectionOf } from './postgres-connection';

describe(postgresConnectionOf.name, () => {
  it('reads the server and decoded credentials of a URL, its database aside', () => {
    const sut = postgresConnectionOf('postgres://ops:p%40ss%2Fword@db.internal:6432/postgres');

    expect(sut).toEqual({ host: 'db.internal', port: 6432, user: 'ops', password: 'p@ss/word' });
  });

  it('defaults to the standard port', () => {
    expect(postgresConnectionOf('postgresql://ops:secret@db.internal/postgres').port).toBe(5432);
  });

  it('is the inverse of connectionUrl', () => {
    const connection = { host: '127.0.0.1', port: 54320, user: 'postgres', password: 'p:w@d' };

    expect(postgresConnectionOf(connectionUrl(connection, 'points'))).toEqual(connection);
  });
});
