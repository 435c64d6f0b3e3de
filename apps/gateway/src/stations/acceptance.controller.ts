import { CallerToken } from '../identity/caller-token.decorator';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Page } from '@waystation/contracts';
import {
  AcceptanceTemplatePageDto,
  AcceptanceTemplateView,
  AcceptanceTemplateViewDto,
  CreateAcceptanceTemplateDto,
  InspectionPageDto,
  InspectionView,
  InspectionViewDto,
  PageQueryDto,
  RecordInspectionDto,
  StationsAcceptanceRoutes,
} from '@waystation/http-api';
import { CorrelationId } from '@waystation/platform';
import { ApiIdParam } from '../openapi/api-id-param.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { Upstreams } from '../upstream/upstreams';

/** Acceptance (验收): the city office's checklists, and its inspections of built stations. */
@ApiTags('acceptance')
@Controller('api/v1')
export class AcceptanceController {
  constructor(private readonly upstreams: Upstreams) {}

  @Post('acceptance/templates')
  @ApiCreatedResponse({ type: AcceptanceTemplateViewDto.Output, description: 'The checklist; inspections use the newest one by default' })
  @ApiProblems(400, 401, 403)
  async createTemplate(
    @CallerToken() callerToken: string,
    @Body() body: CreateAcceptanceTemplateDto,
    @CorrelationId() correlationId: string,
  ): Promise<AcceptanceTemplateView> {
    return (await this.upstreams.stations.call(StationsAcceptanceRoutes.createTemplate, { callerToken, body, correlationId })).body;
  }

  @Get('acceptance/templates')
  @ApiOkResponse({ type: AcceptanceTemplatePageDto.Output })
  @ApiProblems(400, 401)
  async listTemplates(
    @CallerToken() callerToken: string,
    @Query() query: PageQueryDto,
    @CorrelationId() correlationId: string,
  ): Promise<Page<AcceptanceTemplateView>> {
    return (await this.upstreams.stations.call(StationsAcceptanceRoutes.listTemplates, { callerToken, query, correlationId })).body;
  }

  /** A pass (no required item failed) makes the built station accepted; a fail records what to fix by when. */
  @Post('stations/:id/inspections')
  @ApiCreatedResponse({ type: InspectionViewDto.Output, description: 'The inspection, with its verdict and rectifications' })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  @ApiIdParam('station')
  async recordInspection(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RecordInspectionDto,
    @CorrelationId() correlationId: string,
  ): Promise<InspectionView> {
    return (
      await this.upstreams.stations.call(StationsAcceptanceRoutes.recordInspection, { callerToken, params: { id }, body, correlationId })
    ).body;
  }

  @Get('stations/:id/inspections')
  @ApiOkResponse({ type: InspectionPageDto.Output })
  @ApiProblems(400, 401, 403, 404)
  @ApiIdParam('station')
  async listInspections(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQueryDto,
    @CorrelationId() correlationId: string,
  ): Promise<Page<InspectionView>> {
    return (
      await this.upstreams.stations.call(StationsAcceptanceRoutes.listInspections, { callerToken, params: { id }, query, correlationId })
    ).body;
  }
}
