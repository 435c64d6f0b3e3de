import { Global, Module } from '@nestjs/common';
import type { TokenPair } from '@waystation/http-api';
import type { Account } from '../accounts/account.entity';
import { SessionIssuer } from '../identity/sessions/session-issuer';

/** SPECS ONLY, until the token sessions land: a pair naming the account, so a spec sees whom a sign-in ended with. */
class NamingSessionIssuer extends SessionIssuer {
  async issue(account: Account): Promise<TokenPair> {
    const { id, role, displayName } = account;
    return {
      tokenType: 'Bearer',
      accessToken: `access-${id}`,
      expiresIn: 300,
      refreshToken: `refresh-${id}`,
      account: { id, role, displayName },
    };
  }
}

@Global()
@Module({ providers: [{ provide: SessionIssuer, useClass: NamingSessionIssuer }], exports: [SessionIssuer] })
export class NamingSessionsModule {}
