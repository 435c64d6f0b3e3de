import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { CallerTokenRejectedError } from '../auth/caller-token-rejected.error';
import type { VerifiedRequest } from '../auth/verified-caller.guard';

/** The caller named by the verified access token (VerifiedCallerGuard); 401 on a route that has none. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<VerifiedRequest>().actor;
  if (!actor) throw new CallerTokenRejectedError('missing');
  return actor;
});
