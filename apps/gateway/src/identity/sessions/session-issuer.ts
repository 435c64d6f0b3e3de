import type { TokenPair } from '@waystation/http-api';
import type { Account } from '../../accounts/account.entity';

/** Where a sign-in came from, kept with its session so a person can recognise their sessions. */
export interface ClientInfo {
  ip: string;
  userAgent?: string;
}

/**
 * Starts a session for an account that has just proven who it is (phone code, password, the city's identity
 * provider): a new refresh-token family and the first token pair. Every way of signing in ends here.
 */
export abstract class SessionIssuer {
  abstract issue(account: Account, client: ClientInfo): Promise<TokenPair>;
}
