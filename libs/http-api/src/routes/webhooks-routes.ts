import { pageSchemaOf } from '../common/page';
import {
  createWebhookEndpointSchema,
  replayWebhookDeliveriesSchema,
  updateWebhookEndpointSchema,
  webhookDeliveriesQuerySchema,
  webhookEndpointsQuerySchema,
} from '../webhooks/webhook-commands';
import {
  webhookDeliveryListViewSchema,
  webhookDeliveryViewSchema,
  webhookEndpointViewSchema,
  webhookEndpointWithSecretViewSchema,
} from '../webhooks/webhook-view';
import { defineRoute } from './route';

/** The notifications service's internal API for departments' webhook endpoints, their deliveries and replays. */
export const WebhooksRoutes = {
  create: defineRoute({
    method: 'POST',
    path: '/webhooks',
    body: createWebhookEndpointSchema,
    response: webhookEndpointWithSecretViewSchema,
  }),
  list: defineRoute({
    method: 'GET',
    path: '/webhooks',
    query: webhookEndpointsQuerySchema,
    response: pageSchemaOf(webhookEndpointViewSchema),
  }),
  get: defineRoute({ method: 'GET', path: '/webhooks/:id', response: webhookEndpointViewSchema }),
  update: defineRoute({ method: 'PATCH', path: '/webhooks/:id', body: updateWebhookEndpointSchema, response: webhookEndpointViewSchema }),
  rotateSecret: defineRoute({ method: 'POST', path: '/webhooks/:id/rotate-secret', response: webhookEndpointWithSecretViewSchema }),
  remove: defineRoute({ method: 'DELETE', path: '/webhooks/:id', response: webhookEndpointViewSchema }),
  deliveries: defineRoute({
    method: 'GET',
    path: '/webhooks/:id/deliveries',
    query: webhookDeliveriesQuerySchema,
    response: pageSchemaOf(webhookDeliveryViewSchema),
  }),
  replay: defineRoute({
    method: 'POST',
    path: '/webhooks/:id/deliveries/replay',
    body: replayWebhookDeliveriesSchema,
    response: webhookDeliveryListViewSchema,
  }),
};
