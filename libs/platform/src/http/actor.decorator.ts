import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import { Actor, actorSchema } from '@waystation/contracts';
import { ACTOR_ID_HEADER, ACTOR_ROLE_HEADER, ACTOR_SCOPES_HEADER } from '@waystation/http-api';
import type { Request } from 'express';

/** The caller the gateway vouches for (internal APIs only); 401 when the headers are missing or wrong. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<Request>();
  const parsed = actorSchema.safeParse({
    id: request.header(ACTOR_ID_HEADER),
    role: request.header(ACTOR_ROLE_HEADER),
    scopes: parseScopes(request.header(ACTOR_SCOPES_HEADER)),
  });
  if (!parsed.success) {
    throw new UnauthorizedException(`Missing or invalid ${ACTOR_ID_HEADER} / ${ACTOR_ROLE_HEADER} headers`);
  }
  return parsed.data;
});

function parseScopes(header: string | undefined): unknown {
  if (header === undefined) return undefined;
  try {
    return JSON.parse(header);
  } catch {
    return null;
  }
}
