import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page } from '@waystation/contracts';
import {
  CreateWebhookEndpointDto,
  IDEMPOTENCY_KEY_HEADER,
  ReplayWebhookDeliveriesDto,
  UpdateWebhookEndpointDto,
  WebhookDeliveriesQueryDto,
  WebhookDeliveryListDto,
  WebhookDeliveryListView,
  WebhookDeliveryPageDto,
  WebhookDeliveryView,
  WebhookEndpointPageDto,
  WebhookEndpointsQueryDto,
  WebhookEndpointView,
  WebhookEndpointViewDto,
  WebhookEndpointWithSecretView,
  WebhookEndpointWithSecretViewDto,
  WebhooksRoutes,
} from '@waystation/http-api';
import { CorrelationId } from '@waystation/platform';
import type { Response } from 'express';
import { CallerToken } from '../identity/caller-token.decorator';
import { ApiCreation } from '../openapi/api-creation.decorator';
import { ApiIdParam } from '../openapi/api-id-param.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { forwardCreation } from '../upstream/forward-creation';
import { Upstreams } from '../upstream/upstreams';

/**
 * Departments' signed webhooks (docs/departments.md, "Webhooks"): a department's users, and the city office, manage
 * its endpoints and read their delivery log; another department's endpoint answers 404.
 */
@ApiTags('webhooks')
@Controller('api/v1/webhooks')
export class WebhooksController {
  constructor(private readonly upstreams: Upstreams) {}

  @Post()
  @ApiOperation({ summary: 'Registers an endpoint for the department: its signing secret is in this answer only' })
  @ApiCreation(WebhookEndpointWithSecretViewDto.Output, 'endpoint')
  @ApiProblems(400, 401, 403, 413, 415, 422)
  create(
    @CallerToken() callerToken: string,
    @Body() body: CreateWebhookEndpointDto,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<WebhookEndpointWithSecretView> {
    return forwardCreation(
      this.upstreams.notifications,
      WebhooksRoutes.create,
      { callerToken, body, correlationId, idempotencyKey },
      response,
    );
  }

  @Get()
  @ApiOperation({ summary: "The department's endpoints (the city office: every department's), without their secrets" })
  @ApiOkResponse({ type: WebhookEndpointPageDto.Output })
  @ApiProblems(400, 401, 403)
  async list(
    @CallerToken() callerToken: string,
    @Query() query: WebhookEndpointsQueryDto,
    @CorrelationId() correlationId: string,
  ): Promise<Page<WebhookEndpointView>> {
    return (await this.upstreams.notifications.call(WebhooksRoutes.list, { callerToken, query, correlationId })).body;
  }

  @Get(':id')
  @ApiOkResponse({ type: WebhookEndpointViewDto.Output })
  @ApiProblems(400, 401, 403, 404)
  @ApiIdParam('endpoint')
  async get(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @CorrelationId() correlationId: string,
  ): Promise<WebhookEndpointView> {
    return (await this.upstreams.notifications.call(WebhooksRoutes.get, { params: { id }, callerToken, correlationId })).body;
  }

  @Patch(':id')
  @ApiOperation({ summary: "Changes an endpoint's URL, event types, description, or pauses it (active: false)" })
  @ApiOkResponse({ type: WebhookEndpointViewDto.Output, description: 'The endpoint as changed' })
  @ApiProblems(400, 401, 403, 404, 413, 415, 422)
  @ApiIdParam('endpoint')
  async update(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateWebhookEndpointDto,
    @CorrelationId() correlationId: string,
  ): Promise<WebhookEndpointView> {
    return (await this.upstreams.notifications.call(WebhooksRoutes.update, { params: { id }, body, callerToken, correlationId })).body;
  }

  @Post(':id/rotate-secret')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Replaces the signing secret at once (also for retries queued before): the new one is in this answer only' })
  @ApiOkResponse({ type: WebhookEndpointWithSecretViewDto.Output })
  @ApiProblems(400, 401, 403, 404)
  @ApiIdParam('endpoint')
  async rotateSecret(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @CorrelationId() correlationId: string,
  ): Promise<WebhookEndpointWithSecretView> {
    return (await this.upstreams.notifications.call(WebhooksRoutes.rotateSecret, { params: { id }, callerToken, correlationId })).body;
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Removed, with its delivery log; its pending deliveries are never sent' })
  @ApiProblems(400, 401, 403, 404)
  @ApiIdParam('endpoint')
  async remove(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @CorrelationId() correlationId: string,
  ): Promise<void> {
    await this.upstreams.notifications.call(WebhooksRoutes.remove, { params: { id }, callerToken, correlationId });
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: "The endpoint's delivery log: each delivery with every attempt (time, status or error, duration)" })
  @ApiOkResponse({ type: WebhookDeliveryPageDto.Output })
  @ApiProblems(400, 401, 403, 404)
  @ApiIdParam('endpoint')
  async deliveries(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: WebhookDeliveriesQueryDto,
    @CorrelationId() correlationId: string,
  ): Promise<Page<WebhookDeliveryView>> {
    return (await this.upstreams.notifications.call(WebhooksRoutes.deliveries, { params: { id }, query, callerToken, correlationId })).body;
  }

  @Post(':id/deliveries/replay')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Sends chosen deliveries again, with their own ids (receivers dedupe on them), for another day of attempts',
    description: 'Replaying is no creation: sending it twice queues the same deliveries again, so no Idempotency-Key is needed.',
  })
  @ApiOkResponse({ type: WebhookDeliveryListDto.Output, description: 'The deliveries, queued again' })
  @ApiProblems(400, 401, 403, 404, 413, 415)
  @ApiIdParam('endpoint')
  async replay(
    @CallerToken() callerToken: string,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReplayWebhookDeliveriesDto,
    @CorrelationId() correlationId: string,
  ): Promise<WebhookDeliveryListView> {
    return (await this.upstreams.notifications.call(WebhooksRoutes.replay, { params: { id }, body, callerToken, correlationId })).body;
  }
}
