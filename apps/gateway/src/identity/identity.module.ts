import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GatewayConfig } from '../config/gateway.config';
import { IdentitySettings } from './identity-settings';
import { JwksController } from './keys/jwks.controller';
import { SigningKeyRecord } from './keys/signing-key.entity';
import { SigningKeys } from './keys/signing-keys';
import { RefreshTokenRecord } from './sessions/refresh-token.entity';
import { Session } from './sessions/session.entity';
import { SessionIssuer } from './sessions/session-issuer';
import { SessionRevocations } from './sessions/session-revocations';
import { SessionsController } from './sessions/sessions.controller';
import { TokenSessions } from './sessions/token-session-issuer';
import { AccessTokens } from './tokens/access-tokens';

/**
 * Signing keys, access tokens and sessions. Global, so that every way of signing in can inject `SessionIssuer`
 * and the app's IdentityGuard the token verification.
 */
@Module({})
export class IdentityModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: IdentityModule,
      global: true,
      imports: [TypeOrmModule.forFeature([SigningKeyRecord, Session, RefreshTokenRecord])],
      controllers: [JwksController, SessionsController],
      providers: [
        { provide: IdentitySettings, useValue: new IdentitySettings(config) },
        SigningKeys,
        {
          provide: AccessTokens,
          inject: [SigningKeys, IdentitySettings],
          useFactory: (keys: SigningKeys, settings: IdentitySettings) =>
            new AccessTokens(keys, { issuer: settings.issuer, ttlSeconds: settings.accessTokenTtlSeconds }),
        },
        SessionRevocations,
        TokenSessions,
        { provide: SessionIssuer, useExisting: TokenSessions },
      ],
      exports: [AccessTokens, SessionRevocations, SessionIssuer, TokenSessions, SigningKeys],
    };
  }
}
