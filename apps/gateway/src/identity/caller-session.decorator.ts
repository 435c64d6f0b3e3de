import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AuthenticatedRequest } from './identity.guard';

/** The id of the session the caller's access token belongs to (set by IdentityGuard). */
export const CallerSession = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const sessionId = context.switchToHttp().getRequest<AuthenticatedRequest>().sessionId;
  if (!sessionId) throw new Error('CallerSession used on a @Public() route');
  return sessionId;
});
