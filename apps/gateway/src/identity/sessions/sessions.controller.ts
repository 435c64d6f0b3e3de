import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@waystation/contracts';
import { RefreshRequestDto, TokenPair, TokenPairDto } from '@waystation/http-api';
import { Public } from '@waystation/platform';
import { ApiOwnCredentials } from '../../openapi/api-own-credentials.decorator';
import { ApiProblems } from '../../openapi/api-problems.decorator';
import { Caller } from '../caller.decorator';
import { CallerSession } from '../caller-session.decorator';
import { TokenSessions } from './token-session-issuer';

@ApiTags('identity')
@Controller('api/v1/auth')
export class SessionsController {
  constructor(private readonly sessions: TokenSessions) {}

  @Public()
  @ApiOwnCredentials()
  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: TokenPairDto.Output, description: 'A new pair; the refresh token sent is spent' })
  @ApiProblems(400, 401, 413, 415)
  refresh(@Body() body: RefreshRequestDto): Promise<TokenPair> {
    return this.sessions.refresh(body.refreshToken);
  }

  @Post('sign-out')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'This session has ended: its refresh token and access tokens no longer work' })
  @ApiProblems(401)
  signOut(@Caller() actor: Actor, @CallerSession() sessionId: string): Promise<void> {
    return this.sessions.signOut(actor.id, sessionId);
  }

  @Post('sign-out-everywhere')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Every session of the account has ended, on every device' })
  @ApiProblems(401)
  signOutEverywhere(@Caller() actor: Actor): Promise<void> {
    return this.sessions.signOutEverywhere(actor.id);
  }
}
