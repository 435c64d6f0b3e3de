import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Page } from '@waystation/contracts';
import {
  ConfirmReportDto,
  IDEMPOTENCY_KEY_HEADER,
  ListReportsQueryDto,
  RejectReportDto,
  ReportPageDto,
  ReportsRoutes,
  ReportView,
  ReportViewDto,
  SubmitReportDto,
} from '@waystation/http-api';
import { CorrelationId } from '@waystation/platform';
import type { Response } from 'express';
import { CallerToken } from '../identity/caller-token.decorator';
import { ApiCreation } from '../openapi/api-creation.decorator';
import { ApiIdParam } from '../openapi/api-id-param.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { forwardCreation } from '../upstream/forward-creation';
import { Upstreams } from '../upstream/upstreams';

@ApiTags('reports')
@Controller('api/v1/reports')
export class ReportsController {
  constructor(private readonly upstreams: Upstreams) {}

  @Post()
  @ApiCreation(ReportViewDto.Output, 'report')
  // 403: only workers report; 422: category-not-offered, answers-invalid, emergency (whom to call), outside-service-area,
  // captured-at-out-of-range; 429: daily-report-limit.
  @ApiProblems(400, 401, 403, 413, 415, 422)
  submit(
    @CallerToken() callerToken: string,
    @Body() body: SubmitReportDto,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ReportView> {
    return forwardCreation(this.upstreams.reports, ReportsRoutes.submit, { callerToken, body, correlationId, idempotencyKey }, response);
  }

  @Get()
  @ApiOkResponse({ type: ReportPageDto.Output, description: "A worker's own reports, or any report for staff; newest first" })
  @ApiProblems(400, 401)
  async list(
    @CallerToken() callerToken: string,
    @Query() query: ListReportsQueryDto,
    @CorrelationId() correlationId: string,
  ): Promise<Page<ReportView>> {
    return (await this.upstreams.reports.call(ReportsRoutes.list, { callerToken, query, correlationId })).body;
  }

  @Get(':id')
  @ApiOkResponse({ type: ReportViewDto.Output })
  @ApiProblems(400, 401, 404)
  @ApiIdParam('report')
  async get(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @CorrelationId() correlationId: string,
  ): Promise<ReportView> {
    return (await this.upstreams.reports.call(ReportsRoutes.get, { params: { id }, callerToken, correlationId })).body;
  }

  @Post(':id/confirm')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ReportViewDto.Output })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415)
  @ApiIdParam('report')
  async confirm(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ConfirmReportDto,
    @CorrelationId() correlationId: string,
  ): Promise<ReportView> {
    return (await this.upstreams.reports.call(ReportsRoutes.confirm, { params: { id }, callerToken, body, correlationId })).body;
  }

  @Post(':id/reject')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ReportViewDto.Output })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415)
  @ApiIdParam('report')
  async reject(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RejectReportDto,
    @CorrelationId() correlationId: string,
  ): Promise<ReportView> {
    return (await this.upstreams.reports.call(ReportsRoutes.reject, { params: { id }, callerToken, body, correlationId })).body;
  }
}
