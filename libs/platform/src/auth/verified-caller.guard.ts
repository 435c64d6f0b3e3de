import { CanActivate, ExecutionContext, HttpStatus, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Actor } from '@waystation/contracts';
import type { Request } from 'express';
import { IS_PUBLIC } from '../http/public.decorator';
import { problem } from '../http/problem-details';
import { ProblemException } from '../http/problem.exception';
import { bearerTokenOf } from './bearer-token';
import { CallerTokenRejectedError } from './caller-token-rejected.error';
import { CallerTokenVerifier } from './caller-token-verifier';
import { IdentityUnavailableError } from './identity-unavailable.error';

export type VerifiedRequest = Request & { actor?: Actor };

/**
 * Guards every route of a service (APP_GUARD): the caller must present the gateway's access token, verified
 * here; the actor it names becomes `request.actor` for `@CurrentActor()`. Only `@Public()` routes (health,
 * metrics) answer without one. Event handlers of the hybrid app are not HTTP and pass.
 */
@Injectable()
export class VerifiedCallerGuard implements CanActivate {
  private readonly logger = new Logger(VerifiedCallerGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: CallerTokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<VerifiedRequest>();
    const token = bearerTokenOf(request.header('authorization'));
    if (token === undefined) throw new CallerTokenRejectedError('missing');
    try {
      request.actor = await this.verifier.verify(token);
    } catch (error) {
      if (!(error instanceof IdentityUnavailableError)) throw error;
      this.logger.warn({ err: error }, 'caller refused: the gateway JWKS is unavailable');
      throw new ProblemException(
        problem(
          HttpStatus.SERVICE_UNAVAILABLE,
          'identity-unavailable',
          'Service Unavailable',
          'Callers cannot be verified right now; try again shortly.',
        ),
      );
    }
    return true;
  }
}
