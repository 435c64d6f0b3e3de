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
