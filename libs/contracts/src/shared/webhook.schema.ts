import { z } from 'zod';

/** The events a department's webhook endpoint may subscribe to: the department-facing ones. */
export const webhookEventTypeSchema = z.enum(['report.dispatched', 'report.updated', 'report.withdrawn']);
export type WebhookEventType = z.infer<typeof webhookEventTypeSchema>;

/**
 * Where one delivery of an event to an endpoint stands: `pending` (queued or waiting for its next attempt),
 * `delivered` (the endpoint answered 2xx), `dead-lettered` (a day of attempts failed; a replay queues it again).
 */
export const webhookDeliveryStatusSchema = z.enum(['pending', 'delivered', 'dead-lettered']);
export type WebhookDeliveryStatus = z.infer<typeof webhookDeliveryStatusSchema>;
