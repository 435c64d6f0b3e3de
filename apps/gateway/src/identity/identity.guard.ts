import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Actor, actorSchema } from '@waystation/contracts';
import { IS_PUBLIC } from '@waystation/platform';
import type { Request } from 'express';
import { DEV_USER_ID_HEADER, DEV_USER_ROLE_HEADER, DEV_USER_SCOPES_HEADER } from './dev-identity';

export type AuthenticatedRequest = Request & { actor?: Actor };

/** Guards every route of the gateway (APP_GUARD): a caller is required unless the route is @Public(); it becomes `request.actor`. */
@Injectable()
export class IdentityGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const scopes = request.header(DEV_USER_SCOPES_HEADER);
    const parsed = actorSchema.safeParse({
      id: request.header(DEV_USER_ID_HEADER),
      role: request.header(DEV_USER_ROLE_HEADER),
      scopes: scopes === undefined ? undefined : parseJsonOrNull(scopes),
    });
    if (!parsed.success) {
      throw new UnauthorizedException(`Sign-in required: send ${DEV_USER_ID_HEADER} and ${DEV_USER_ROLE_HEADER} (development identity)`);
    }
    request.actor = parsed.data;
    return true;
  }
}

function parseJsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
