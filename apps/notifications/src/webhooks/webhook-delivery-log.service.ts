import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Actor, Page, PageRequest, WebhookDeliveryStatus } from '@waystation/contracts';
import { findPageById } from '@waystation/platform';
import { DataSource, In, Repository } from 'typeorm';
import { WebhookAttempt } from './webhook-attempt.entity';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookDeliveriesNotFoundError } from './webhook-errors';
import { WebhookRegistry } from './webhook-registry.service';
import { WEBHOOK_RETRY_WINDOW_MS } from './webhook-retry-schedule';

/** A delivery with every attempt made at it, oldest first. */
export interface LoggedDelivery {
  delivery: WebhookDelivery;
  attempts: WebhookAttempt[];
}

/** An endpoint's deliveries with their attempts, and replays of chosen ones. */
@Injectable()
export class WebhookDeliveryLog {
  constructor(
    private readonly registry: WebhookRegistry,
    private readonly dataSource: DataSource,
    @InjectRepository(WebhookDelivery) private readonly deliveries: Repository<WebhookDelivery>,
  ) {}

  /** The endpoint's deliveries, oldest first, of one status if asked. */
  async page(actor: Actor, endpointId: string, query: PageRequest & { status?: WebhookDeliveryStatus }): Promise<Page<LoggedDelivery>> {
    await this.registry.get(actor, endpointId);
    const page = await findPageById(this.deliveries, query.status ? { endpointId, status: query.status } : { endpointId }, query);
    return { items: await this.withAttempts(page.items), nextCursor: page.nextCursor };
  }

  /**
   * Queues the deliveries again, with their own ids (receivers dedupe on them), due now and tried for another day,
   * whatever their status; all of them, or none when one is not the endpoint's.
   */
  async replay(actor: Actor, endpointId: string, deliveryIds: string[]): Promise<LoggedDelivery[]> {
    await this.registry.get(actor, endpointId);
    const now = new Date();
    const replayed = await this.dataSource.transaction(async (manager) => {
      const found = await manager.findBy(WebhookDelivery, { endpointId, id: In(deliveryIds) });
      const missing = deliveryIds.filter((id) => !found.some((delivery) => delivery.id === id));
      if (missing.length > 0) throw new WebhookDeliveriesNotFoundError(endpointId, missing);
      const changes = {
        status: 'pending' as const,
        attemptsInRound: 0,
        nextAttemptAt: now,
        giveUpAt: new Date(now.getTime() + WEBHOOK_RETRY_WINDOW_MS),
      };
      await manager.update(WebhookDelivery, { endpointId, id: In(deliveryIds) }, changes);
      return found.map((delivery) => Object.assign(delivery, changes));
    });
    return this.withAttempts(replayed);
  }

  private async withAttempts(deliveries: WebhookDelivery[]): Promise<LoggedDelivery[]> {
    if (deliveries.length === 0) return [];
    const attempts = await this.dataSource.manager.find(WebhookAttempt, {
      where: { deliveryId: In(deliveries.map(({ id }) => id)) },
      // Ids are UUID v7: the order the attempts were made in.
      order: { id: 'ASC' },
    });
    return deliveries.map((delivery) => ({ delivery, attempts: attempts.filter(({ deliveryId }) => deliveryId === delivery.id) }));
  }
}
