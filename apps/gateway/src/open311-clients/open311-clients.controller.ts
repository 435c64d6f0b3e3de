import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, mapPage, Page } from '@waystation/contracts';
import {
  IssuedOpen311ClientView,
  IssuedOpen311ClientViewDto,
  IssueOpen311ClientDto,
  Open311ClientPageDto,
  Open311ClientView,
  Open311ClientViewDto,
  PageQueryDto,
} from '@waystation/http-api';
import { Caller } from '../identity/caller.decorator';
import { ApiIdParam } from '../openapi/api-id-param.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { Open311Clients } from './open311-clients.service';
import { toIssuedOpen311ClientView, toOpen311ClientView } from './open311-client-view.mapper';

/** The city systems allowed to post Open311 service requests (docs/open311.md): admin only, everyone else 403. */
@ApiTags('open311-clients')
@Controller('api/v1/open311-clients')
export class Open311ClientsController {
  constructor(private readonly clients: Open311Clients) {}

  @Post()
  @ApiOperation({ summary: 'Issue a city system an Open311 api_key, returned this once (only its hash is kept)' })
  @ApiCreatedResponse({ type: IssuedOpen311ClientViewDto.Output })
  @ApiProblems(400, 401, 403)
  async issue(@Caller() actor: Actor, @Body() body: IssueOpen311ClientDto): Promise<IssuedOpen311ClientView> {
    return toIssuedOpen311ClientView(await this.clients.issue(actor, body));
  }

  @Get()
  @ApiOperation({ summary: 'The Open311 clients, revoked ones included; never their keys' })
  @ApiOkResponse({ type: Open311ClientPageDto.Output })
  @ApiProblems(400, 401, 403)
  async list(@Caller() actor: Actor, @Query() query: PageQueryDto): Promise<Page<Open311ClientView>> {
    return mapPage(await this.clients.list(actor, query), toOpen311ClientView);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: "Revoke the client's api_key: its next request is refused with 403; revoking again changes nothing" })
  @ApiOkResponse({ type: Open311ClientViewDto.Output })
  @ApiProblems(400, 401, 403, 404)
  @ApiIdParam('Open311 client')
  async revoke(@Caller() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<Open311ClientView> {
    return toOpen311ClientView(await this.clients.revoke(actor, id));
  }
}
