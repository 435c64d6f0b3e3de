import { Body, Controller, Get, Param, Patch, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  CreateReportCategoryDto,
  ReportCategoriesRoutes,
  ReportCategoryList,
  ReportCategoryListDto,
  ReportCategoryView,
  ReportCategoryViewDto,
  UpdateReportCategoryDto,
} from '@waystation/http-api';
import { CorrelationId, Public } from '@waystation/platform';
import type { Response } from 'express';
import { CallerToken } from '../identity/caller-token.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { Upstreams } from '../upstream/upstreams';

const CategoryCodeParam = () =>
  ApiParam({ name: 'code', description: "The category's stable code (Open311 service_code), e.g. fire-hazard" });

/** The report categories the city office configures, with the questions each asks (Open311 service definitions). */
@ApiTags('reports')
@Controller('api/v1/report-categories')
export class ReportCategoriesController {
  constructor(private readonly upstreams: Upstreams) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: ReportCategoryListDto.Output, description: "The active categories, in the city's order" })
  @ApiProblems()
  async list(@CorrelationId() correlationId: string): Promise<ReportCategoryList> {
    return (await this.upstreams.reports.call(ReportCategoriesRoutes.list, { correlationId })).body;
  }

  @Public()
  @Get(':code')
  @ApiOkResponse({ type: ReportCategoryViewDto.Output, description: 'The category, active or deactivated' })
  @ApiProblems(404)
  @CategoryCodeParam()
  async get(@Param('code') code: string, @CorrelationId() correlationId: string): Promise<ReportCategoryView> {
    return (await this.upstreams.reports.call(ReportCategoriesRoutes.get, { params: { code }, correlationId })).body;
  }

  @Post()
  @ApiCreatedResponse({ type: ReportCategoryViewDto.Output, description: 'The category, added' })
  // The code is the creation's natural key, as for station service types: no Idempotency-Key is needed.
  @ApiOkResponse({ type: ReportCategoryViewDto.Output, description: 'It existed with the same definition: a retry' })
  @ApiProblems(400, 401, 403, 409, 413, 415)
  async create(
    @CallerToken() callerToken: string,
    @Body() body: CreateReportCategoryDto,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ReportCategoryView> {
    const upstream = await this.upstreams.reports.call(ReportCategoriesRoutes.create, { callerToken, body, correlationId });
    response.status(upstream.status);
    return upstream.body;
  }

  @Patch(':code')
  @ApiOkResponse({
    type: ReportCategoryViewDto.Output,
    description: 'The category, changed (the code never changes; deactivate instead of deleting)',
  })
  @ApiProblems(400, 401, 403, 404, 413, 415)
  @CategoryCodeParam()
  async update(
    @CallerToken() callerToken: string,
    @Param('code') code: string,
    @Body() body: UpdateReportCategoryDto,
    @CorrelationId() correlationId: string,
  ): Promise<ReportCategoryView> {
    return (await this.upstreams.reports.call(ReportCategoriesRoutes.update, { params: { code }, callerToken, body, correlationId })).body;
  }
}
