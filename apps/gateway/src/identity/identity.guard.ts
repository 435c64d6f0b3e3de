import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Actor, actorFromClaims } from '@waystation/contracts';
import { IS_PUBLIC } from '@waystation/platform';
import type { Request, Response } from 'express';
import { rememberAccessToken } from './forwarded-access-token';
import { BearerTokenError, SessionRevokedError, SignInRequiredError } from './identity-errors';
import { SessionRevocations } from './sessions/session-revocations';
import { AccessTokens } from './tokens/access-tokens';

export type AuthenticatedRequest = Request & { actor?: Actor; sessionId?: string };

const BEARER = /^Bearer +([A-Za-z0-9._~+/-]+=*) *$/i;
const REALM = 'waystation';

/**
 * Guards every route of the gateway (APP_GUARD): unless the route is @Public(), the caller must bring an access
 * token this gateway signed (its own keys, no HTTP), unexpired, of a session not revoked. Its claims become
 * `request.actor`. A refusal is a 401 with a `WWW-Authenticate: Bearer` challenge (RFC 6750).
 */
@Injectable()
export class IdentityGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly accessTokens: AccessTokens,
    private readonly revocations: SessionRevocations,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    try {
      const token = BEARER.exec(request.header('authorization') ?? '')?.[1];
      if (!token) throw new SignInRequiredError();
      const claims = await this.accessTokens.verify(token);
      if (await this.revocations.isRevoked(claims.sid)) throw new SessionRevokedError();
      request.actor = actorFromClaims(claims);
      request.sessionId = claims.sid;
      rememberAccessToken(request.actor, token);
      return true;
    } catch (error) {
      if (error instanceof BearerTokenError)
        context.switchToHttp().getResponse<Response>().setHeader('WWW-Authenticate', challengeOf(error));
      throw error;
    }
  }
}

function challengeOf(error: BearerTokenError): string {
  // Without credentials the challenge names no error (RFC 6750 §3.1); with bad ones it says why.
  if (error instanceof SignInRequiredError) return `Bearer realm="${REALM}"`;
  return `Bearer realm="${REALM}", error="invalid_token", error_description="${error.code}"`;
}
