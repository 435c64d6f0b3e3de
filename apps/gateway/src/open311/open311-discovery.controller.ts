import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Open311Discovery, Open311DiscoveryDto } from '@waystation/http-api';
import { Public } from '@waystation/platform';
import type { Request, Response } from 'express';
import { ApiOpen311Errors, ApiOpen311Format, ApiOpen311Ok } from './open311-api.decorators';
import { Open311ErrorFilter } from './open311-error.filter';
import { CONTENT_TYPES_OF_FORMATS, open311FormatOf, sendOpen311 } from './open311-format';

/** When this Open311 API last changed what it answers: discovery's changeset, for clients that cache it. */
const CHANGESET = '2026-12-03T00:00:00Z';

const KEYS = 'The city office (admin) issues each city system an api_key: POST /api/v1/open311-clients, see docs/open311.md';

/** GeoReport v2 service discovery (docs/open311.md): where this city's endpoint is, its formats, how to get a key. */
@ApiTags('open311')
@Controller('open311')
@UseFilters(Open311ErrorFilter)
export class Open311DiscoveryController {
  @Public()
  @Get('discovery.:format')
  @ApiOperation({ summary: 'GeoReport v2 service discovery: the endpoint, its formats, and how to get an api_key' })
  @ApiOpen311Format()
  @ApiOpen311Ok({ model: Open311DiscoveryDto.Output, list: false, xmlRoot: 'discovery', description: 'One production endpoint' })
  @ApiOpen311Errors(404)
  discovery(@Param('format') extension: string, @Req() request: Request, @Res() response: Response): void {
    const format = open311FormatOf(extension);
    const discovery: Open311Discovery = {
      changeset: CHANGESET,
      contact: KEYS,
      key_service: KEYS,
      endpoints: [
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url: `${request.protocol}://${request.get('host')}/open311/v2`,
          changeset: CHANGESET,
          type: 'production',
          formats: CONTENT_TYPES_OF_FORMATS,
        },
      ],
    };
    sendOpen311(response, format, 'discovery', discovery);
  }
}
