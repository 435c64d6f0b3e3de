import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { bearerTokenOf, CallerTokenRejectedError } from '@waystation/platform';
import type { Request } from 'express';

/**
 * The caller's access token as it arrived (IdentityGuard verified it), which the gateway forwards to the
 * services so each verifies the caller itself; never an identity of the gateway's own making.
 */
export const CallerToken = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const token = bearerTokenOf(context.switchToHttp().getRequest<Request>().header('authorization'));
  if (token === undefined) throw new CallerTokenRejectedError('missing');
  return token;
});
