import { ApiSecurity } from '@nestjs/swagger';

/**
 * A @Public() route that checks credentials of its own (a refresh token, a one-time code, a password): it can
 * answer 401, yet needs no bearer token. An empty security requirement says so in the OpenAPI document.
 */
export const ApiOwnCredentials = (): MethodDecorator & ClassDecorator => ApiSecurity({});
