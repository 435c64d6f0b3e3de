import { Controller, Get, Param, Query, Res, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
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
import { ApiIdParam } from '../openapi/api-id-param.decorator';
import { Upstreams } from '../upstream/upstreams';
import { ApiOpen311Errors, ApiOpen311Format, ApiOpen311Ok } from './open311-api.decorators';
import { Open311ErrorFilter } from './open311-error.filter';
import { ServiceNotOfferedException } from './open311-errors';
import { OPEN311_CONTENT_TYPES, open311FormatOf, renderOpen311 } from './open311-format';
import { offeredOverOpen311, toOpen311Service, toOpen311ServiceDefinition } from './open311-services.mapper';

/**
 * Open311 GeoReport v2 for city systems and apps (docs/open311.md): the report categories as services, public
 * reports as service requests, and their updates (mySociety's servicerequestupdates), in JSON or XML by the
 * path's extension. Errors are the standard's, not problem+json.
 */
@ApiTags('open311')
@Controller('open311/v2')
@UseFilters(Open311ErrorFilter)
export class Open311Controller {
  constructor(private readonly upstreams: Upstreams) {}

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
    send(response, format, 'services', items.filter(offeredOverOpen311).map(toOpen311Service));
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
    const category = (await this.upstreams.reports.call(ReportCategoriesRoutes.get, { params: { code }, correlationId })).body;
    if (!offeredOverOpen311(category)) throw new ServiceNotOfferedException(code);
    send(response, format, 'service_definition', toOpen311ServiceDefinition(category));
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
    send(response, format, 'service_requests', requests);
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
    send(response, format, 'service_requests', [request]);
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
    send(response, format, 'service_request_updates', updates);
  }
}

function send(response: Response, format: ReturnType<typeof open311FormatOf>, root: string, document: object): void {
  response
    .status(200)
    .type(OPEN311_CONTENT_TYPES[format])
    .send(renderOpen311(format, root, document));
}
