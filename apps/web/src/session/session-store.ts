/** The signed-in worker's token pair, kept on the device so the app survives a reload. */
export interface Session {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds when the access token stops working. */
  expiresAt: number;
  account: { id: string; role: string; displayName: string };
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  account: Session['account'];
}

const STORAGE_KEY = 'waystation.session';
/** Renew this long before the access token expires, so a slow network does not send a dead token. */
const REFRESH_MARGIN_MS = 30_000;

type Listener = (session: Session | null) => void;

/** The session in a Storage (localStorage in the app), with listeners for sign-in and sign-out. */
export class SessionStore {
  private readonly listeners = new Set<Listener>();
  private current: Session | null;

  constructor(private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>) {
    this.current = parseSession(storage.getItem(STORAGE_KEY));
  }

  get session(): Session | null {
    return this.current;
  }

  signedIn(pair: TokenPair, now = Date.now()): Session {
    const session = {
      accessToken: pair.accessToken,
      refreshToken: pair.refreshToken,
      expiresAt: now + pair.expiresIn * 1_000,
      account: pair.account,
    };
    this.storage.setItem(STORAGE_KEY, JSON.stringify(session));
    this.change(session);
    return session;
  }

  signedOut(): void {
    this.storage.removeItem(STORAGE_KEY);
    this.change(null);
  }

  /**
   * What the gateway answered a refresh: a new pair, or 401 (the refresh token no longer holds: sign in again).
   * Any other failure (a weak signal, the gateway busy or restarting) keeps the session for the next request to retry.
   */
  refreshAnswered(status: number, pair: TokenPair | undefined, now = Date.now()): void {
    if (pair) this.signedIn(pair, now);
    else if (status === 401) this.signedOut();
  }

  needsRefresh(now = Date.now()): boolean {
    return this.current !== null && this.current.expiresAt - now < REFRESH_MARGIN_MS;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private change(session: Session | null): void {
    this.current = session;
    for (const listener of this.listeners) listener(session);
  }
}

function parseSession(text: string | null): Session | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as Partial<Session>;
    return typeof value.accessToken === 'string' &&
      typeof value.refreshToken === 'string' &&
      typeof value.expiresAt === 'number' &&
      value.account
      ? (value as Session)
      : null;
  } catch {
    return null;
  }
}
