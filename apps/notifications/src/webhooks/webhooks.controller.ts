import { Controller, Headers, HttpCode, HttpStatus, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { Actor, mapPage, Page } from '@waystation/contracts';
import {
  IDEMPOTENCY_KEY_HEADER,
  idempotencyKeyFrom,
  RouteBodyOf,
  RouteQueryOf,
  WebhookDeliveryListView,
  WebhookDeliveryView,
  WebhookEndpointView,
  WebhookEndpointWithSecretView,
  WebhooksRoutes,
} from '@waystation/http-api';
import { CurrentActor, RouteBody, RouteEndpoint, RouteQuery } from '@waystation/platform';
import type { Response } from 'express';
import { WebhookDeliveryLog } from './webhook-delivery-log.service';
import { WebhookRegistry } from './webhook-registry.service';
import { toWebhookDeliveryView, toWebhookEndpointView, toWebhookEndpointWithSecretView } from './webhook-view.mapper';

@Controller()
export class WebhooksController {
  constructor(
    private readonly registry: WebhookRegistry,
    private readonly log: WebhookDeliveryLog,
  ) {}

  @RouteEndpoint(WebhooksRoutes.create)
  async create(
    @CurrentActor() actor: Actor,
    @RouteBody(WebhooksRoutes.create) command: RouteBodyOf<typeof WebhooksRoutes.create>,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<WebhookEndpointWithSecretView> {
    const { endpoint, created } = await this.registry.create(actor, command, idempotencyKeyFrom(idempotencyKey));
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return toWebhookEndpointWithSecretView(endpoint);
  }

  @RouteEndpoint(WebhooksRoutes.list)
  async list(
    @CurrentActor() actor: Actor,
    @RouteQuery(WebhooksRoutes.list) query: RouteQueryOf<typeof WebhooksRoutes.list>,
  ): Promise<Page<WebhookEndpointView>> {
    return mapPage(await this.registry.list(actor, query), toWebhookEndpointView);
  }

  @RouteEndpoint(WebhooksRoutes.get)
  async get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<WebhookEndpointView> {
    return toWebhookEndpointView(await this.registry.get(actor, id));
  }

  @RouteEndpoint(WebhooksRoutes.update)
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @RouteBody(WebhooksRoutes.update) changes: RouteBodyOf<typeof WebhooksRoutes.update>,
  ): Promise<WebhookEndpointView> {
    return toWebhookEndpointView(await this.registry.update(actor, id, changes));
  }

  @RouteEndpoint(WebhooksRoutes.rotateSecret)
  @HttpCode(HttpStatus.OK)
  async rotateSecret(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<WebhookEndpointWithSecretView> {
    return toWebhookEndpointWithSecretView(await this.registry.rotateSecret(actor, id));
  }

  @RouteEndpoint(WebhooksRoutes.remove)
  async remove(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<WebhookEndpointView> {
    return toWebhookEndpointView(await this.registry.remove(actor, id));
  }

  @RouteEndpoint(WebhooksRoutes.deliveries)
  async deliveries(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @RouteQuery(WebhooksRoutes.deliveries) query: RouteQueryOf<typeof WebhooksRoutes.deliveries>,
  ): Promise<Page<WebhookDeliveryView>> {
    return mapPage(await this.log.page(actor, id, query), toWebhookDeliveryView);
  }

  @RouteEndpoint(WebhooksRoutes.replay)
  @HttpCode(HttpStatus.OK)
  async replay(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @RouteBody(WebhooksRoutes.replay) body: RouteBodyOf<typeof WebhooksRoutes.replay>,
  ): Promise<WebhookDeliveryListView> {
    return { items: (await this.log.replay(actor, id, body.deliveryIds)).map(toWebhookDeliveryView) };
  }
}
