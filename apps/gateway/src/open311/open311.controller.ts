import { Body, Controller, Get, Param, Post, Query, Res, UseFilters } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  Open311CreatedRequestDto,
  Open311NewRequestDto,
  Open311TokenDto,
  ReportCategoryView,
  Open311RequestDto,
  Open311RequestsQueryDto,
  Open311RequestUpdateDto,
  Open311Routes,
  Open311ServiceDefinitionDto,
  Open311ServiceDto,
  Open311UpdatesQueryDto,
  ReportCategoriesRoutes,
} from '@waystation/http-api';
import { CorrelationId, Public } from '@waystation/platform';
import type { Response } from 'express';
import { AccessTokens } from '../identity/tokens/access-tokens';
import { ApiIdParam } from '../openapi/api-id-param.decorator';
import { Open311Clients } from '../open311-clients/open311-clients.service';
import { Upstreams } from '../upstream/upstreams';
import { ApiOpen311Errors, ApiOpen311Format, ApiOpen311Ok } from './open311-api.decorators';
import { Open311ErrorFilter } from './open311-error.filter';
import { ServiceNotOfferedException } from './open311-errors';
import { open311FormatOf, sendOpen311 } from './open311-format';
import { offeredOverOpen311, toOpen311Service, toOpen311ServiceDefinition } from './open311-services.mapper';
import { Open311Settings } from './open311-settings';
import { toOpen311CreatedRequest, toOpen311Submission } from './open311-submission.mapper';

/**
 * Open311 GeoReport v2 for city systems and apps (docs/open311.md): the report categories as services, public
 * reports as service requests, and their updates (mySociety's servicerequestupdates), in JSON or XML by the
 * path's extension; a city system with a key the city office issued posts requests, which go through the same
 * intake as a worker's report. Errors are the standard's, not problem+json.
 */
@ApiTags('open311')
@Controller('open311/v2')
@UseFilters(Open311ErrorFilter)
export class Open311Controller {
  constructor(
    private readonly upstreams: Upstreams,
    private readonly clients: Open311Clients,
    private readonly accessTokens: AccessTokens,
    private readonly settings: Open311Settings,
  ) {}

  @Public()
  @Get('services.:format')
  @ApiOperation({ summary: 'GeoReport v2 service list: the categories on offer (care referrals are not)' })
  @ApiOpen311Format()
  @ApiOpen311Ok({
    model: Open311ServiceDto.Output,
    list: true,
    xmlRoot: 'services',
    description: "In the city's order",
  })
  @ApiOpen311Errors(404)
  async services(@Param('format') extension: string, @CorrelationId() correlationId: string, @Res() response: Response): Promise<void> {
    const format = open311FormatOf(extension);
    const { items } = (await this.upstreams.reports.call(ReportCategoriesRoutes.list, { correlationId })).body;
    sendOpen311(response, format, 'services', items.filter(offeredOverOpen311).map(toOpen311Service));
  }

  @Public()
  @Get('services/:code.:format')
  @ApiOperation({ summary: "GeoReport v2 service definition: the category's questions as attributes" })
  @ApiParam({ name: 'code', description: 'The service_code' })
  @ApiOpen311Format()
  @ApiOpen311Ok({
    model: Open311ServiceDefinitionDto.Output,
    list: false,
    xmlRoot: 'service_definition',
    description: 'The attributes in order',
  })
  @ApiOpen311Errors(404)
  async serviceDefinition(
    @Param('code') code: string,
    @Param('format') extension: string,
    @CorrelationId() correlationId: string,
    @Res() response: Response,
  ): Promise<void> {
    const format = open311FormatOf(extension);
    const category = await this.offeredCategory(code, correlationId);
    sendOpen311(response, format, 'service_definition', toOpen311ServiceDefinition(category));
  }

  @Public()
  @Post('requests.:format')
  @ApiOperation({
    summary: 'GeoReport v2 create service request: a city system files a report, form-encoded, with its api_key',
    description:
      "Through the same intake as a worker's report: duplicates, the community's review queue, then dispatch. lat and long " +
      'are required (no geocoding); media_url is not fetched; personal fields are not stored. No Idempotency-Key: a retry files again.',
  })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiBody({ type: Open311NewRequestDto })
  @ApiOpen311Format()
  @ApiOpen311Ok({
    model: Open311CreatedRequestDto.Output,
    list: true,
    xmlRoot: 'service_requests',
    description: 'Filed at once: the service_request_id, no token to wait on',
    status: 201,
  })
  @ApiOpen311Errors(400, 403, 404, 422)
  async create(
    @Param('format') extension: string,
    @Body() request: Open311NewRequestDto,
    @CorrelationId() correlationId: string,
    @Res() response: Response,
  ): Promise<void> {
    const format = open311FormatOf(extension);
    this.settings.checkJurisdiction(request.jurisdiction_id);
    const client = await this.clients.actorOf(request.api_key);
    const category = await this.offeredCategory(request.service_code, correlationId);
    const callerToken = await this.accessTokens.sign(client, `open311-client:${client.id}`);
    const created = (
      await this.upstreams.reports.call(Open311Routes.submit, { body: toOpen311Submission(request, category), callerToken, correlationId })
    ).body;
    sendOpen311(response, format, 'service_requests', [toOpen311CreatedRequest(created, request)], 201);
  }

  @Public()
  @Get('tokens/:token.:format')
  @ApiOperation({ summary: 'GeoReport v2 service request id from a token: requests are filed at once, so the token is the id' })
  @ApiParam({ name: 'token', description: 'The service_request_id POST requests answered' })
  @ApiOpen311Format()
  @ApiOpen311Ok({
    model: Open311TokenDto.Output,
    list: true,
    xmlRoot: 'service_requests',
    description: 'The request the token stands for',
  })
  @ApiOpen311Errors(404)
  async token(
    @Param('token') token: string,
    @Param('format') extension: string,
    @CorrelationId() correlationId: string,
    @Res() response: Response,
  ): Promise<void> {
    const format = open311FormatOf(extension);
    const request = (await this.upstreams.reports.call(Open311Routes.request, { params: { id: token }, correlationId })).body;
    sendOpen311(response, format, 'service_requests', [{ service_request_id: request.service_request_id, token }]);
  }

  @Public()
  @Get('requests.:format')
  @ApiOperation({ summary: 'GeoReport v2 service requests: public reports, newest first, by ids or by filters and page' })
  @ApiOpen311Format()
  @ApiOpen311Ok({
    model: Open311RequestDto.Output,
    list: true,
    xmlRoot: 'service_requests',
    description: 'Newest first',
  })
  @ApiOpen311Errors(400, 404)
  async requests(
    @Param('format') extension: string,
    @Query() query: Open311RequestsQueryDto,
    @CorrelationId() correlationId: string,
    @Res() response: Response,
  ): Promise<void> {
    const format = open311FormatOf(extension);
    const requests = (await this.upstreams.reports.call(Open311Routes.requests, { query, correlationId })).body;
    sendOpen311(response, format, 'service_requests', requests);
  }

  @Public()
  @Get('requests/:id.:format')
  @ApiOperation({ summary: 'GeoReport v2 service request: one public report (a list of one, as the standard has it)' })
  @ApiIdParam('service request')
  @ApiOpen311Format()
  @ApiOpen311Ok({
    model: Open311RequestDto.Output,
    list: true,
    xmlRoot: 'service_requests',
    description: 'The request',
  })
  @ApiOpen311Errors(404)
  async request(
    @Param('id') id: string,
    @Param('format') extension: string,
    @CorrelationId() correlationId: string,
    @Res() response: Response,
  ): Promise<void> {
    const format = open311FormatOf(extension);
    const request = (await this.upstreams.reports.call(Open311Routes.request, { params: { id }, correlationId })).body;
    sendOpen311(response, format, 'service_requests', [request]);
  }

  @Public()
  @Get('servicerequestupdates.:format')
  @ApiOperation({ summary: "mySociety's servicerequestupdates: each step of the public reports' lives in a window, oldest first" })
  @ApiOpen311Format()
  @ApiOpen311Ok({
    model: Open311RequestUpdateDto.Output,
    list: true,
    xmlRoot: 'service_request_updates',
    description: 'Oldest first, at most 1000',
  })
  @ApiOpen311Errors(400, 404)
  async updates(
    @Param('format') extension: string,
    @Query() query: Open311UpdatesQueryDto,
    @CorrelationId() correlationId: string,
    @Res() response: Response,
  ): Promise<void> {
    const format = open311FormatOf(extension);
    const updates = (await this.upstreams.reports.call(Open311Routes.updates, { query, correlationId })).body;
    sendOpen311(response, format, 'service_request_updates', updates);
  }

  /** The category a service_code names, if Open311 offers it (active, not a care referral); else 404. */
  private async offeredCategory(code: string, correlationId: string): Promise<ReportCategoryView> {
    const category = (await this.upstreams.reports.call(ReportCategoriesRoutes.get, { params: { code }, correlationId })).body;
    if (!offeredOverOpen311(category)) throw new ServiceNotOfferedException(code);
    return category;
  }
}
