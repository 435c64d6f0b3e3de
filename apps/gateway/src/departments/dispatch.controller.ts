import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page } from '@waystation/contracts';
import {
  AcknowledgeAssignmentDto,
  AssignmentProgressDto,
  AssignmentView,
  AssignmentViewDto,
  DepartmentQueueItemView,
  DepartmentQueuePageDto,
  DepartmentQueueQueryDto,
  DepartmentsRoutes,
  DispatchQueuePageDto,
  DispatchQueueQueryDto,
  NotResponsibleDto,
  RerouteReportDto,
  ReportView,
  ReportViewDto,
  ResolveAssignmentDto,
} from '@waystation/http-api';
import { CorrelationId } from '@waystation/platform';
import { CallerToken } from '../identity/caller-token.decorator';
import { ApiIdParam } from '../openapi/api-id-param.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { Upstreams } from '../upstream/upstreams';

/** Staff dispatch reports to departments; departments work through their queue. */
@ApiTags('departments')
@Controller('api/v1')
export class DispatchController {
  constructor(private readonly upstreams: Upstreams) {}

  @Get('dispatch-queue')
  @ApiOperation({ summary: "Reports waiting for staff to dispatch in the caller's communities: no rule matched, declined, or reopened" })
  @ApiOkResponse({ type: DispatchQueuePageDto.Output })
  @ApiProblems(400, 401, 403)
  async dispatchQueue(
    @CallerToken() callerToken: string,
    @Query() query: DispatchQueueQueryDto,
    @CorrelationId() correlationId: string,
  ): Promise<Page<ReportView>> {
    return (await this.upstreams.reports.call(DepartmentsRoutes.dispatchQueue, { callerToken, query, correlationId })).body;
  }

  @Post('reports/:id/dispatch')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Dispatches or re-routes a report with a reason: recategorise, add departments, take one away (staff)' })
  @ApiOkResponse({ type: ReportViewDto.Output })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 422)
  @ApiIdParam('report')
  async dispatch(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RerouteReportDto,
    @CorrelationId() correlationId: string,
  ): Promise<ReportView> {
    return (await this.upstreams.reports.call(DepartmentsRoutes.reroute, { params: { id }, callerToken, body, correlationId })).body;
  }

  @Get('department-queue')
  @ApiOperation({ summary: "The reports routed to the caller's department, with SLA deadlines (department users)" })
  @ApiOkResponse({ type: DepartmentQueuePageDto.Output })
  @ApiProblems(400, 401, 403)
  async departmentQueue(
    @CallerToken() callerToken: string,
    @Query() query: DepartmentQueueQueryDto,
    @CorrelationId() correlationId: string,
  ): Promise<Page<DepartmentQueueItemView>> {
    return (await this.upstreams.reports.call(DepartmentsRoutes.departmentQueue, { callerToken, query, correlationId })).body;
  }

  @Post('department-queue/:id/acknowledge')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'The department takes the report on' })
  @ApiOkResponse({ type: AssignmentViewDto.Output, description: "The department's part, with its history" })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415)
  @ApiIdParam('report')
  async acknowledge(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AcknowledgeAssignmentDto,
    @CorrelationId() correlationId: string,
  ): Promise<AssignmentView> {
    return (await this.upstreams.reports.call(DepartmentsRoutes.acknowledge, { params: { id }, callerToken, body, correlationId })).body;
  }

  @Post('department-queue/:id/progress')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'The department posts progress: a note, and photos it uploaded' })
  @ApiOkResponse({ type: AssignmentViewDto.Output, description: "The department's part, with its history" })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 422)
  @ApiIdParam('report')
  async progress(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AssignmentProgressDto,
    @CorrelationId() correlationId: string,
  ): Promise<AssignmentView> {
    return (await this.upstreams.reports.call(DepartmentsRoutes.progress, { params: { id }, callerToken, body, correlationId })).body;
  }

  @Post('department-queue/:id/resolve')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: "The department resolves its part, with evidence; the report is resolved when every department's is" })
  @ApiOkResponse({ type: AssignmentViewDto.Output, description: "The department's part, with its history" })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 422)
  @ApiIdParam('report')
  async resolve(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ResolveAssignmentDto,
    @CorrelationId() correlationId: string,
  ): Promise<AssignmentView> {
    return (await this.upstreams.reports.call(DepartmentsRoutes.resolve, { params: { id }, callerToken, body, correlationId })).body;
  }

  @Post('department-queue/:id/not-responsible')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'The department answers it is not responsible, with a reason; declined by all, the report goes back to staff' })
  @ApiOkResponse({ type: AssignmentViewDto.Output, description: "The department's part, with its history" })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415)
  @ApiIdParam('report')
  async notResponsible(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: NotResponsibleDto,
    @CorrelationId() correlationId: string,
  ): Promise<AssignmentView> {
    return (await this.upstreams.reports.call(DepartmentsRoutes.notResponsible, { params: { id }, callerToken, body, correlationId })).body;
  }
}
