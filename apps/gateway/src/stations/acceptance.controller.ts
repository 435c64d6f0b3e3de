import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, Page } from '@waystation/contracts';
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
import { Caller } from '../identity/caller.decorator';
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
    @Caller() actor: Actor,
    @Body() body: CreateAcceptanceTemplateDto,
    @CorrelationId() correlationId: string,
  ): Promise<AcceptanceTemplateView> {
    return (await this.upstreams.stations.call(StationsAcceptanceRoutes.createTemplate, { actor, body, correlationId })).body;
  }

  @Get('acceptance/templates')
  @ApiOkResponse({ type: AcceptanceTemplatePageDto.Output })
  @ApiProblems(400, 401)
  async listTemplates(
    @Caller() actor: Actor,
    @Query() query: PageQueryDto,
    @CorrelationId() correlationId: string,
  ): Promise<Page<AcceptanceTemplateView>> {
    return (await this.upstreams.stations.call(StationsAcceptanceRoutes.listTemplates, { actor, query, correlationId })).body;
  }

  /** A pass (no required item failed) makes the built station accepted; a fail records what to fix by when. */
  @Post('stations/:id/inspections')
  @ApiCreatedResponse({ type: InspectionViewDto.Output, description: 'The inspection, with its verdict and rectifications' })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  @ApiIdParam('station')
  async recordInspection(
    @Caller() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RecordInspectionDto,
    @CorrelationId() correlationId: string,
  ): Promise<InspectionView> {
    return (await this.upstreams.stations.call(StationsAcceptanceRoutes.recordInspection, { actor, params: { id }, body, correlationId }))
      .body;
  }

  @Get('stations/:id/inspections')
  @ApiOkResponse({ type: InspectionPageDto.Output })
  @ApiProblems(400, 401, 403, 404)
  @ApiIdParam('station')
  async listInspections(
    @Caller() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PageQueryDto,
    @CorrelationId() correlationId: string,
  ): Promise<Page<InspectionView>> {
    return (await this.upstreams.stations.call(StationsAcceptanceRoutes.listInspections, { actor, params: { id }, query, correlationId }))
      .body;
  }
}
