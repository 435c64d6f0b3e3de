import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  Actor,
  ConfirmReportDto,
  IDEMPOTENCY_KEY_HEADER,
  ListReportsQueryDto,
  Page,
  RejectReportDto,
  ReportPageDto,
  ReportView,
  ReportViewDto,
  SubmitReportDto,
} from '@waystation/http-api';
import { CorrelationId } from '@waystation/platform';
import type { Response } from 'express';
import { Caller } from '../identity/caller.decorator';
import { IdentityGuard } from '../identity/identity.guard';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { Upstreams } from '../upstream/upstreams';

@ApiTags('reports')
@UseGuards(IdentityGuard)
@Controller('api/v1/reports')
export class ReportsController {
  constructor(private readonly upstreams: Upstreams) {}

  @Post()
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Retrying with the same key and report answers 200 with the first report; the key sent with a different report is refused with 422 idempotency-key-reused',
  })
  @ApiCreatedResponse({ type: ReportViewDto.Output, description: 'The report, filed' })
  @ApiOkResponse({ type: ReportViewDto.Output, description: 'A retry with the same Idempotency-Key: the report filed the first time' })
  @ApiProblems(400, 401, 422)
  async submit(
    @Caller() actor: Actor,
    @Body() body: SubmitReportDto,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ReportView> {
    const upstream = await this.upstreams.reports.call<ReportView>({
      method: 'POST',
      path: '/reports',
      actor,
      body,
      correlationId,
      headers: { [IDEMPOTENCY_KEY_HEADER]: idempotencyKey },
    });
    response.status(upstream.status);
    return upstream.body;
  }

  @Get()
  @ApiOkResponse({ type: ReportPageDto.Output, description: "A worker's own reports, or any report for staff; newest first" })
  @ApiProblems(400, 401)
  async list(@Caller() actor: Actor, @Query() query: ListReportsQueryDto, @CorrelationId() correlationId: string): Promise<Page<ReportView>> {
    return (await this.upstreams.reports.call<Page<ReportView>>({ method: 'GET', path: '/reports', actor, query, correlationId })).body;
  }

  @Get(':id')
  @ApiOkResponse({ type: ReportViewDto.Output })
  @ApiProblems(400, 401, 404)
  async get(@Caller() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @CorrelationId() correlationId: string): Promise<ReportView> {
    return (await this.upstreams.reports.call<ReportView>({ method: 'GET', path: `/reports/${id}`, actor, correlationId })).body;
  }

  @Post(':id/confirm')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ReportViewDto.Output })
  @ApiProblems(400, 401, 403, 404, 409)
  async confirm(
    @Caller() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ConfirmReportDto,
    @CorrelationId() correlationId: string,
  ): Promise<ReportView> {
    return (await this.upstreams.reports.call<ReportView>({ method: 'POST', path: `/reports/${id}/confirm`, actor, body, correlationId })).body;
  }

  @Post(':id/reject')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ReportViewDto.Output })
  @ApiProblems(400, 401, 403, 404, 409)
  async reject(
    @Caller() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RejectReportDto,
    @CorrelationId() correlationId: string,
  ): Promise<ReportView> {
    return (await this.upstreams.reports.call<ReportView>({ method: 'POST', path: `/reports/${id}/reject`, actor, body, correlationId })).body;
  }
}
