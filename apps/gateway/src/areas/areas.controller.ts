import { CallerToken } from '../identity/caller-token.decorator';
import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { areaCodeSchema, Page } from '@waystation/contracts';
import {
  AreaImportResultDto,
  AreaImportResultView,
  AreaListQueryDto,
  AreaLocationDto,
  AreaLocationView,
  AreaPageDto,
  AreasRoutes,
  AreaSummaryView,
  AreaView,
  AreaViewDto,
  ImportAreasDto,
  LocateAreaQueryDto,
} from '@waystation/http-api';
import { CorrelationId, Public } from '@waystation/platform';
import { ZodValidationPipe } from 'nestjs-zod';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { Upstreams } from '../upstream/upstreams';

@ApiTags('areas')
@Controller('api/v1/areas')
export class AreasController {
  constructor(private readonly upstreams: Upstreams) {}

  @Post('import')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Import the city map (city office)',
    description:
      'A GeoJSON FeatureCollection of districts, streets and communities (docs/city-map.md). All or nothing: a 422 ' +
      '`area-import-invalid` lists under `features` each problem by index, code and kind. Importing the same map again changes nothing.',
  })
  @ApiOkResponse({ type: AreaImportResultDto.Output })
  @ApiProblems(400, 401, 403, 413, 415, 422)
  async import(
    @CallerToken() callerToken: string,
    @Body() body: ImportAreasDto,
    @CorrelationId() correlationId: string,
  ): Promise<AreaImportResultView> {
    return (await this.upstreams.stations.call(AreasRoutes.import, { callerToken, body, correlationId })).body;
  }

  @Public()
  @Get()
  @ApiOkResponse({ type: AreaPageDto.Output })
  @ApiProblems(400)
  async list(@Query() query: AreaListQueryDto, @CorrelationId() correlationId: string): Promise<Page<AreaSummaryView>> {
    return (await this.upstreams.stations.call(AreasRoutes.list, { query, correlationId })).body;
  }

  @Public()
  @Get('locate')
  @ApiOperation({ summary: 'The community a point lies in, with its street and district (all null outside the map)' })
  @ApiOkResponse({ type: AreaLocationDto.Output })
  @ApiProblems(400)
  async locate(@Query() query: LocateAreaQueryDto, @CorrelationId() correlationId: string): Promise<AreaLocationView> {
    return (await this.upstreams.stations.call(AreasRoutes.locate, { query, correlationId })).body;
  }

  @Public()
  @Get(':code')
  @ApiOkResponse({ type: AreaViewDto.Output })
  @ApiProblems(400, 404)
  @ApiParam({
    name: 'code',
    description: "The area's code (6, 9 or 12 digits)",
    schema: { type: 'string', pattern: '^\\d{6}(\\d{3}){0,2}$' },
  })
  async get(@Param('code', new ZodValidationPipe(areaCodeSchema)) code: string, @CorrelationId() correlationId: string): Promise<AreaView> {
    return (await this.upstreams.stations.call(AreasRoutes.get, { params: { code }, correlationId })).body;
  }
}
