import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import {
  Actor,
  ConfirmReportDto,
  ListReportsQueryDto,
  Page,
  RejectReportDto,
  ReportView,
  SubmitReportDto,
} from '@waystation/http-api';
import { CorrelationId } from '@waystation/platform';
import type { Response } from 'express';
import { Caller } from '../identity/caller.decorator';
import { IdentityGuard } from '../identity/identity.guard';
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
  async submit(
    @Caller() actor: Actor,
    @Body() body: SubmitReportDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ReportView> {
    const upstream = await this.upstreams.reports.call<ReportView>({
      method: 'POST',
      path: '/reports',
      actor,
      body,
      correlationId,
      headers: { 'idempotency-key': idempotencyKey },
    });
    response.status(upstream.status);
    return upstream.body;
  }

  @Get()
  async list(@Caller() actor: Actor, @Query() query: ListReportsQueryDto, @CorrelationId() correlationId: string): Promise<Page<ReportView>> {
    return (await this.upstreams.reports.call<Page<ReportView>>({ method: 'GET', path: '/reports', actor, query, correlationId })).body;
  }

  @Get(':id')
  async get(@Caller() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @CorrelationId() correlationId: string): Promise<ReportView> {
    return (await this.upstreams.reports.call<ReportView>({ method: 'GET', path: `/reports/${id}`, actor, correlationId })).body;
  }

  @Post(':id/confirm')
  @HttpCode(HttpStatus.OK)
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
  async reject(
    @Caller() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RejectReportDto,
    @CorrelationId() correlationId: string,
  ): Promise<ReportView> {
    return (await this.upstreams.reports.call<ReportView>({ method: 'POST', path: `/reports/${id}/reject`, actor, body, correlationId })).body;
  }
}
