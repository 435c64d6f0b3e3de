import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OidcSignInDto, TokenPair, TokenPairDto } from '@waystation/http-api';
import { Public } from '@waystation/platform';
import type { Request } from 'express';
import { clientInfoOf } from '../identity/client-info';
import { SessionIssuer } from '../identity/sessions/session-issuer';
import { ApiOwnCredentials } from '../openapi/api-own-credentials.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { OidcSignIn } from './oidc-sign-in.service';

@ApiTags('auth')
@Controller('api/v1/auth/oidc')
export class OidcSignInController {
  constructor(
    private readonly signIn: OidcSignIn,
    private readonly sessions: SessionIssuer,
  ) {}

  @Public()
  @ApiOwnCredentials()
  @Post('sign-in')
  @HttpCode(200)
  @ApiOperation({
    summary: "Exchange an ID token of the city's identity provider for a Waystation session",
    description:
      'The client runs the authorization code flow (with PKCE) against the provider configured in GATEWAY_OIDC_ISSUER ' +
      'and sends the ID token it got. Role and scopes come from the token by the configured claim mapping. 404 ' +
      'oidc-not-configured where the city has no provider; 401 invalid-id-token; 403 oidc-role-not-mapped.',
  })
  @ApiOkResponse({ type: TokenPairDto.Output })
  @ApiProblems(400, 401, 403, 404)
  async oidcSignIn(@Body() body: OidcSignInDto, @Req() request: Request): Promise<TokenPair> {
    const account = await this.signIn.verify(body.idToken, body.nonce);
    return this.sessions.issue(account, clientInfoOf(request));
  }
}
