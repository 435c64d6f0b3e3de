import { utcTimestampSchema, webhookDeliveryStatusSchema, webhookEventTypeSchema } from '@waystation/contracts';
import { z } from 'zod';
import { nullableTextSchema } from '../common/view-fields';

export const webhookEndpointViewSchema = z.object({
  id: z.uuid(),
  departmentCode: z.string(),
  url: z.string(),
  eventTypes: z.array(webhookEventTypeSchema),
  active: z.boolean(),
  description: nullableTextSchema(),
  secretRotatedAt: utcTimestampSchema.describe('When the signing secret was made (at creation or the last rotation)'),
  createdBy: z.string(),
  createdAt: utcTimestampSchema,
  updatedAt: utcTimestampSchema,
});
export type WebhookEndpointView = z.infer<typeof webhookEndpointViewSchema>;

/** Answered at creation and rotation only: the secret is never shown again. */
export const webhookEndpointWithSecretViewSchema = webhookEndpointViewSchema.extend({
  secret: z.string().describe('The signing secret: shown this once, keep it where the receiver can read it'),
});
export type WebhookEndpointWithSecretView = z.infer<typeof webhookEndpointWithSecretViewSchema>;

export const webhookAttemptViewSchema = z.object({
  at: utcTimestampSchema,
  statusCode: z.number().int().nullable().describe("The endpoint's HTTP status; null when it gave none (see `error`)"),
  error: nullableTextSchema().describe('Why no answer came: timeout, connection refused, …'),
  durationMs: z.number().int(),
});

export const webhookDeliveryViewSchema = z.object({
  id: z.uuid().describe('Sent as Waystation-Webhook-Id: the same on every attempt and replay'),
  endpointId: z.uuid(),
  eventId: z.uuid(),
  eventType: webhookEventTypeSchema,
  status: webhookDeliveryStatusSchema,
  nextAttemptAt: utcTimestampSchema.nullable().describe('Null unless pending'),
  createdAt: utcTimestampSchema,
  attempts: z.array(webhookAttemptViewSchema).describe('Oldest first'),
});
export type WebhookDeliveryView = z.infer<typeof webhookDeliveryViewSchema>;

export const webhookDeliveryListViewSchema = z.object({ items: z.array(webhookDeliveryViewSchema) });
export type WebhookDeliveryListView = z.infer<typeof webhookDeliveryListViewSchema>;
