import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { AuthenticatedRequest } from './identity.guard';

/** The authenticated caller (set by IdentityGuard). */
export const Caller = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new Error('Caller used on a @Public() route');
  return actor;
});
