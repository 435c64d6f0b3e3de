import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Put, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  CreateDepartmentDto,
  DepartmentListDto,
  DepartmentListView,
  DepartmentsRoutes,
  DepartmentView,
  DepartmentViewDto,
  RoutingRuleListDto,
  RoutingRuleListView,
  RoutingRuleView,
  RoutingRuleViewDto,
  SetRoutingRuleDto,
  UpdateDepartmentDto,
} from '@waystation/http-api';
import { CorrelationId } from '@waystation/platform';
import type { Response } from 'express';
import { CallerToken } from '../identity/caller-token.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { Upstreams } from '../upstream/upstreams';

/** The city office's departments and routing rules: staff and departments read them, admins change them. */
@ApiTags('departments')
@Controller('api/v1')
export class DepartmentsController {
  constructor(private readonly upstreams: Upstreams) {}

  @Get('departments')
  @ApiOperation({ summary: 'The departments reports are routed to (staff and departments)' })
  @ApiOkResponse({ type: DepartmentListDto.Output })
  @ApiProblems(401, 403)
  async list(@CallerToken() callerToken: string, @CorrelationId() correlationId: string): Promise<DepartmentListView> {
    return (await this.upstreams.reports.call(DepartmentsRoutes.departments, { callerToken, correlationId })).body;
  }

  @Post('departments')
  @ApiOperation({ summary: 'Adds a department (admin)' })
  @ApiCreatedResponse({ type: DepartmentViewDto.Output, description: 'The department, added' })
  // The code is the creation's natural key, as for report categories: no Idempotency-Key is needed.
  @ApiOkResponse({ type: DepartmentViewDto.Output, description: 'It existed with the same definition: a retry' })
  @ApiProblems(400, 401, 403, 409, 413, 415)
  async create(
    @CallerToken() callerToken: string,
    @Body() body: CreateDepartmentDto,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DepartmentView> {
    const upstream = await this.upstreams.reports.call(DepartmentsRoutes.createDepartment, { callerToken, body, correlationId });
    response.status(upstream.status);
    return upstream.body;
  }

  @Patch('departments/:code')
  @ApiOperation({ summary: "Changes a department's names, contact or districts (admin)" })
  @ApiOkResponse({ type: DepartmentViewDto.Output })
  @ApiProblems(400, 401, 403, 404, 413, 415)
  @ApiParam({ name: 'code', description: "The department's code, e.g. sanitation" })
  async update(
    @CallerToken() callerToken: string,
    @Param('code') code: string,
    @Body() body: UpdateDepartmentDto,
    @CorrelationId() correlationId: string,
  ): Promise<DepartmentView> {
    return (await this.upstreams.reports.call(DepartmentsRoutes.updateDepartment, { params: { code }, callerToken, body, correlationId }))
      .body;
  }

  @Get('routing-rules')
  @ApiOperation({ summary: 'The current routing rules: category × district → departments, null district for the default' })
  @ApiOkResponse({ type: RoutingRuleListDto.Output })
  @ApiProblems(401, 403)
  async rules(@CallerToken() callerToken: string, @CorrelationId() correlationId: string): Promise<RoutingRuleListView> {
    return (await this.upstreams.reports.call(DepartmentsRoutes.routingRules, { callerToken, correlationId })).body;
  }

  @Put('routing-rules')
  @ApiOperation({ summary: 'Sets the rule of a category (and district): a new version, for confirmations from now on (admin)' })
  @ApiOkResponse({ type: RoutingRuleViewDto.Output, description: 'The new version of the rule' })
  @ApiProblems(400, 401, 403, 404, 413, 415, 422)
  async setRule(
    @CallerToken() callerToken: string,
    @Body() body: SetRoutingRuleDto,
    @CorrelationId() correlationId: string,
  ): Promise<RoutingRuleView> {
    return (await this.upstreams.reports.call(DepartmentsRoutes.setRoutingRule, { callerToken, body, correlationId })).body;
  }

  @Post('routing-rules/:id/retire')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Retires a rule without a successor: its reports route by the default, or wait for staff (admin)' })
  @ApiOkResponse({ type: RoutingRuleViewDto.Output, description: 'The rule, retired' })
  @ApiProblems(401, 403, 404)
  @ApiParam({ name: 'id', description: "The rule version's id" })
  async retireRule(
    @CallerToken() callerToken: string,
    @Param('id') id: string,
    @CorrelationId() correlationId: string,
  ): Promise<RoutingRuleView> {
    return (await this.upstreams.reports.call(DepartmentsRoutes.retireRoutingRule, { params: { id }, callerToken, correlationId })).body;
  }
}
