import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { GatewayConfig } from '../config/gateway.config';
import { OidcIdentity } from './oidc-identity.entity';
import { OidcSignInController } from './oidc-sign-in.controller';
import { OIDC_SETTINGS, OidcSettings, OidcSignIn } from './oidc-sign-in.service';
import { OidcTokenVerifier } from './oidc-token-verifier';

/** Sign-in through the city's own OpenID Connect provider, when one is configured. */
@Module({})
export class OidcModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: OidcModule,
      imports: [AccountsModule, TypeOrmModule.forFeature([OidcIdentity])],
      controllers: [OidcSignInController],
      providers: [OidcSignIn, { provide: OIDC_SETTINGS, useValue: oidcSettings(config) }],
    };
  }
}

function oidcSettings(config: GatewayConfig): OidcSettings | null {
  const { GATEWAY_OIDC_ISSUER: issuer, GATEWAY_OIDC_CLIENT_ID: clientId } = config;
  if (!issuer || !clientId) return null;
  return {
    issuer,
    verifier: new OidcTokenVerifier({ issuer, clientId }),
    mapping: {
      roleClaim: config.GATEWAY_OIDC_ROLE_CLAIM,
      roleMap: config.GATEWAY_OIDC_ROLE_MAP,
      stationsClaim: config.GATEWAY_OIDC_STATIONS_CLAIM,
      communitiesClaim: config.GATEWAY_OIDC_COMMUNITIES_CLAIM,
      departmentClaim: config.GATEWAY_OIDC_DEPARTMENT_CLAIM,
      displayNameClaim: config.GATEWAY_OIDC_DISPLAY_NAME_CLAIM,
    },
  };
}
