import type { Actor } from '@waystation/contracts';

/** Someone signed in through the gateway's real endpoints, with the tokens to call it as them. */
export interface TestAccount {
  actor: Actor;
  accessToken: string;
  refreshToken: string;
}
