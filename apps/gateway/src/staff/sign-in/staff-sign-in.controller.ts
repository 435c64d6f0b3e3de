import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { StaffSignInDto, TokenPair, TokenPairDto } from '@waystation/http-api';
import { Public } from '@waystation/platform';
import type { Request } from 'express';
import { clientInfoOf } from '../../identity/client-info';
import { SessionIssuer } from '../../identity/sessions/session-issuer';
import { ApiOwnCredentials } from '../../openapi/api-own-credentials.decorator';
import { ApiProblems } from '../../openapi/api-problems.decorator';
import { StaffSignIn } from './staff-sign-in.service';

@ApiTags('auth')
@Controller('api/v1/auth/staff')
export class StaffSignInController {
  constructor(
    private readonly signIn: StaffSignIn,
    private readonly sessions: SessionIssuer,
  ) {}

  @Public()
  @ApiOwnCredentials()
  @Post('sign-in')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Sign in with a staff username and password',
    description:
      'After 5 failures for a username each attempt waits longer (sign-in-slowed-down), after 10 it is locked for a while ' +
      '(sign-in-locked); `retryAfterSeconds` says when to try again. An unknown username answers like a wrong password.',
  })
  @ApiOkResponse({ type: TokenPairDto.Output })
  @ApiProblems(400, 401)
  async staffSignIn(@Body() body: StaffSignInDto, @Req() request: Request): Promise<TokenPair> {
    const account = await this.signIn.verify(body.username, body.password);
    return this.sessions.issue(account, clientInfoOf(request));
  }
}
