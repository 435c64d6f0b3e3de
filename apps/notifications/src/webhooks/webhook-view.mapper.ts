import { WebhookDeliveryView, WebhookEndpointView, WebhookEndpointWithSecretView } from '@waystation/http-api';
import { LoggedDelivery } from './webhook-delivery-log.service';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import type { EndpointWithSecret } from './webhook-registry.service';

/** An endpoint as its department reads it: never its secret. */
export function toWebhookEndpointView(endpoint: WebhookEndpoint): WebhookEndpointView {
  return {
    id: endpoint.id,
    departmentCode: endpoint.departmentCode,
    url: endpoint.url,
    eventTypes: endpoint.eventTypes,
    active: endpoint.active,
    description: endpoint.description,
    secretRotatedAt: endpoint.secretRotatedAt.toISOString(),
    createdBy: endpoint.createdBy,
    createdAt: endpoint.createdAt.toISOString(),
    updatedAt: endpoint.updatedAt.toISOString(),
  };
}

/** The answer to creating an endpoint or rotating its secret: the one time the secret is shown. */
export function toWebhookEndpointWithSecretView({ endpoint, secret }: EndpointWithSecret): WebhookEndpointWithSecretView {
  return { ...toWebhookEndpointView(endpoint), secret };
}

export function toWebhookDeliveryView({ delivery, attempts }: LoggedDelivery): WebhookDeliveryView {
  return {
    id: delivery.id,
    endpointId: delivery.endpointId,
    eventId: delivery.eventId,
    eventType: delivery.eventType,
    status: delivery.status,
    nextAttemptAt: delivery.status === 'pending' ? (delivery.nextAttemptAt?.toISOString() ?? null) : null,
    createdAt: delivery.createdAt.toISOString(),
    attempts: attempts.map((attempt) => ({
      at: attempt.attemptedAt.toISOString(),
      statusCode: attempt.statusCode,
      error: attempt.error,
      durationMs: attempt.durationMs,
    })),
  };
}
