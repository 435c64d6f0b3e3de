import { Injectable } from '@nestjs/common';
import { departmentsAddressedBy, DepartmentFacingEvent, WebhookEventType } from '@waystation/contracts';
import { EntityManager, In } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WEBHOOK_RETRY_WINDOW_MS } from './webhook-retry-schedule';

/** The department-facing events a webhook may take (a department's own `report.overdue` is not offered yet). */
export type WebhookEvent = Extract<DepartmentFacingEvent, { type: WebhookEventType }>;

/**
 * Queues one delivery per department-facing event and active endpoint that takes it, in the caller's inbox
 * transaction (DepartmentEventIntake):
 * (endpoint, event) is unique, so a redelivered event, or the same event met again, queues nothing more.
 */
@Injectable()
export class WebhookFanOut {
  async queueIn(manager: EntityManager, fresh: WebhookEvent[]): Promise<void> {
    const departments = [...new Set(fresh.flatMap(departmentsAddressedBy))];
    const endpoints = await manager.findBy(WebhookEndpoint, { departmentCode: In(departments), active: true });
    if (endpoints.length === 0) return;
    const now = new Date();
    const deliveries = fresh.flatMap((event) =>
      endpoints
        .filter((endpoint) => departmentsAddressedBy(event).includes(endpoint.departmentCode) && endpoint.eventTypes.includes(event.type))
        .map((endpoint) =>
          manager.create(WebhookDelivery, {
            id: uuidv7(),
            endpointId: endpoint.id,
            eventId: event.id,
            eventType: event.type,
            body: JSON.stringify(event),
            status: 'pending',
            attemptsInRound: 0,
            nextAttemptAt: now,
            giveUpAt: new Date(now.getTime() + WEBHOOK_RETRY_WINDOW_MS),
            createdAt: now,
          }),
        ),
    );
    if (deliveries.length > 0) await manager.createQueryBuilder().insert().into(WebhookDelivery).values(deliveries).orIgnore().execute();
  }
}
