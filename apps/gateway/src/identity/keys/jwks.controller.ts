import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Jwks, JwksDto } from '@waystation/http-api';
import { Public } from '@waystation/platform';
import { SigningKeys } from './signing-keys';

/**
 * The public halves of the signing keys, for the services (and anyone) to verify access tokens with. Short
 * caching is enough: a verifier that meets an unknown kid fetches the set again.
 */
@ApiTags('identity')
@Controller('.well-known')
export class JwksController {
  constructor(private readonly keys: SigningKeys) {}

  @Public()
  @Get('jwks.json')
  @Header('Cache-Control', 'public, max-age=60')
  @ApiOkResponse({ type: JwksDto.Output, description: 'The signing key first, then retired keys whose tokens may still be unexpired' })
  jwks(): Jwks {
    return this.keys.jwks();
  }
}
