import { createZodDto } from 'nestjs-zod';
import { pageSchemaOf } from '../common/page';
import {
  createWebhookEndpointSchema,
  replayWebhookDeliveriesSchema,
  updateWebhookEndpointSchema,
  webhookDeliveriesQuerySchema,
  webhookEndpointsQuerySchema,
} from './webhook-commands';
import {
  webhookDeliveryListViewSchema,
  webhookDeliveryViewSchema,
  webhookEndpointViewSchema,
  webhookEndpointWithSecretViewSchema,
} from './webhook-view';

/** Validated request bodies and queries of departments' webhooks, and their answers for OpenAPI. */
export class CreateWebhookEndpointDto extends createZodDto(createWebhookEndpointSchema) {}
export class UpdateWebhookEndpointDto extends createZodDto(updateWebhookEndpointSchema) {}
export class WebhookEndpointsQueryDto extends createZodDto(webhookEndpointsQuerySchema) {}
export class WebhookDeliveriesQueryDto extends createZodDto(webhookDeliveriesQuerySchema) {}
export class ReplayWebhookDeliveriesDto extends createZodDto(replayWebhookDeliveriesSchema) {}
export class WebhookEndpointViewDto extends createZodDto(webhookEndpointViewSchema) {}
export class WebhookEndpointWithSecretViewDto extends createZodDto(webhookEndpointWithSecretViewSchema) {}
export class WebhookEndpointPageDto extends createZodDto(pageSchemaOf(webhookEndpointViewSchema.describe('Oldest first'))) {}
export class WebhookDeliveryPageDto extends createZodDto(pageSchemaOf(webhookDeliveryViewSchema.describe('Oldest first'))) {}
export class WebhookDeliveryListDto extends createZodDto(webhookDeliveryListViewSchema) {}
