import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '@waystation/contracts';
import { MeView, MeViewDto, UpdateMeDto } from '@waystation/http-api';
import { CorrelationId } from '@waystation/platform';
import { Caller } from '../identity/caller.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { toMeView } from './me-view.mapper';
import { MyAccount } from './my-account.service';

/** The caller's own account: always the caller's, so nobody reads or edits another's. */
@ApiTags('me')
@Controller('api/v1/me')
export class MeController {
  constructor(private readonly myAccount: MyAccount) {}

  @Get()
  @ApiOkResponse({ type: MeViewDto.Output })
  @ApiProblems(401, 404)
  async get(@Caller() actor: Actor): Promise<MeView> {
    return toMeView(await this.myAccount.get(actor));
  }

  @Patch()
  @ApiOkResponse({ type: MeViewDto.Output, description: 'The account as it is now' })
  @ApiProblems(400, 401, 404, 413, 415, 422)
  async update(@Caller() actor: Actor, @Body() body: UpdateMeDto, @CorrelationId() correlationId: string): Promise<MeView> {
    return toMeView(await this.myAccount.update(actor, body, correlationId));
  }

  @Delete()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Closed: personal data erased, every session signed out' })
  @ApiProblems(401, 403, 404)
  async close(@Caller() actor: Actor, @CorrelationId() correlationId: string): Promise<void> {
    await this.myAccount.close(actor, correlationId);
  }
}
