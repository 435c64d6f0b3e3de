import { SessionStore, TokenPair } from './session-store';

class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

const pair: TokenPair = {
  accessToken: 'access',
  refreshToken: 'refresh',
  expiresIn: 300,
  account: { id: 'worker-1', role: 'worker', displayName: '王建军' },
};

describe(SessionStore.name, () => {
  it('keeps the session across a reload of the app', () => {
    const storage = new MemoryStorage();
    new SessionStore(storage).signedIn(pair, 1_000);

    const sut = new SessionStore(storage);

    expect(sut.session).toEqual({ accessToken: 'access', refreshToken: 'refresh', expiresAt: 301_000, account: pair.account });
  });

  it('asks for a refresh half a minute before the access token expires, not earlier', () => {
    const sut = new SessionStore(new MemoryStorage());
    sut.signedIn(pair, 0);

    expect(sut.needsRefresh(269_000)).toBe(false);
    expect(sut.needsRefresh(271_000)).toBe(true);
  });

  it('takes the pair a refresh answers, ends the session only when the gateway refuses the refresh token', () => {
    const sut = new SessionStore(new MemoryStorage());
    sut.signedIn(pair, 0);

    sut.refreshAnswered(503, undefined);
    sut.refreshAnswered(429, undefined);
    expect(sut.session?.accessToken).toBe('access');
    sut.refreshAnswered(200, { ...pair, accessToken: 'renewed' }, 10_000);
    expect(sut.session).toMatchObject({ accessToken: 'renewed', expiresAt: 310_000 });
    sut.refreshAnswered(401, undefined);
    expect(sut.session).toBeNull();
  });

  it('tells its listeners of a sign-out and forgets the session', () => {
    const storage = new MemoryStorage();
    const sut = new SessionStore(storage);
    sut.signedIn(pair);
    const seen: unknown[] = [];
    sut.subscribe((session) => seen.push(session));

    sut.signedOut();

    expect(seen).toEqual([null]);
    expect(new SessionStore(storage).session).toBeNull();
  });

  it('starts signed out when what is stored is not a session', () => {
    const storage = new MemoryStorage();
    storage.setItem('waystation.session', '{not json');

    expect(new SessionStore(storage).session).toBeNull();
  });
});
