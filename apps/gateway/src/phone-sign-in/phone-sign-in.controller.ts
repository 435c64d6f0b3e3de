import { Body, Controller, HttpCode, HttpStatus, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  PhoneCodeSentView,
  PhoneCodeSentViewDto,
  PhoneSignInDto,
  RequestPhoneCodeDto,
  TokenPair,
  TokenPairDto,
} from '@waystation/http-api';
import { CorrelationId, Public } from '@waystation/platform';
import type { Request } from 'express';
import { clientAddressOf, clientInfoOf } from '../identity/client-info';
import { SessionIssuer } from '../identity/sessions/session-issuer';
import { ApiOwnCredentials } from '../openapi/api-own-credentials.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { PhoneCodes } from './phone-codes.service';
import { PhoneSignIn } from './phone-sign-in.service';

/** Workers sign up and sign in with their mobile number and a one-time code sent to it by SMS. */
@ApiTags('auth')
@Controller('api/v1/auth/phone')
export class PhoneSignInController {
  constructor(
    private readonly codes: PhoneCodes,
    private readonly phoneSignIn: PhoneSignIn,
    private readonly sessions: SessionIssuer,
  ) {}

  @Public()
  @Post('code')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({
    type: PhoneCodeSentViewDto.Output,
    description: 'A six-digit code is on its way by SMS; it replaces any earlier one',
  })
  @ApiProblems(400, 413, 415)
  async requestCode(@Body() body: RequestPhoneCodeDto, @Req() request: Request): Promise<PhoneCodeSentView> {
    const sent = await this.codes.send(body.phone, clientAddressOf(request));
    return { expiresAt: sent.expiresAt.toISOString(), resendAllowedAt: sent.resendAllowedAt.toISOString() };
  }

  @Public()
  @ApiOwnCredentials()
  @Post('sign-in')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: TokenPairDto.Output, description: 'Signed in; a new number is signed up first (it needs `profile`)' })
  @ApiProblems(400, 401, 413, 415, 422)
  async signIn(@Body() body: PhoneSignInDto, @Req() request: Request, @CorrelationId() correlationId: string): Promise<TokenPair> {
    const account = await this.phoneSignIn.signIn(body, correlationId);
    return this.sessions.issue(account, clientInfoOf(request));
  }
}
