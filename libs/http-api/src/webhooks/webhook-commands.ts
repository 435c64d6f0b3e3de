import { boundedTextSchema, departmentCodeSchema, webhookDeliveryStatusSchema, webhookEventTypeSchema } from '@waystation/contracts';
import { z } from 'zod';
import { idCursorPageQuerySchema } from '../common/page';

const webhookUrlSchema = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .describe('Where deliveries are POSTed: an https URL (http to 127.0.0.1 or localhost only where the deployment allows it)');

const eventTypesSchema = z
  .array(webhookEventTypeSchema)
  .min(1)
  .max(webhookEventTypeSchema.options.length)
  .refine((types) => new Set(types).size === types.length, 'Name each event type once')
  .describe('The events delivered to this endpoint');

export const createWebhookEndpointSchema = z.object({
  departmentCode: departmentCodeSchema
    .optional()
    .describe("The department the endpoint is for: a department user's own when left out; the city office must name it"),
  url: webhookUrlSchema,
  eventTypes: eventTypesSchema,
  description: boundedTextSchema(200).optional(),
});
export type CreateWebhookEndpoint = z.output<typeof createWebhookEndpointSchema>;

export const updateWebhookEndpointSchema = z
  .object({
    url: webhookUrlSchema,
    eventTypes: eventTypesSchema,
    active: z.boolean().describe('false: no new deliveries are queued and none is sent until it is active again'),
    description: boundedTextSchema(200).nullable(),
  })
  .partial()
  .refine((changes) => Object.keys(changes).length > 0, 'Name at least one field to change');
export type UpdateWebhookEndpoint = z.output<typeof updateWebhookEndpointSchema>;

export const webhookEndpointsQuerySchema = idCursorPageQuerySchema.extend({
  department: departmentCodeSchema.optional().describe("The city office's filter; a department user always sees its own"),
});
export type WebhookEndpointsQuery = z.output<typeof webhookEndpointsQuerySchema>;

export const webhookDeliveriesQuerySchema = idCursorPageQuerySchema.extend({ status: webhookDeliveryStatusSchema.optional() });
export type WebhookDeliveriesQuery = z.output<typeof webhookDeliveriesQuerySchema>;

export const replayWebhookDeliveriesSchema = z.object({
  deliveryIds: z
    .array(z.uuid())
    .min(1)
    .max(100)
    .refine((ids) => new Set(ids).size === ids.length, 'Name each delivery once')
    .describe('Deliveries of this endpoint to send again, with their own ids'),
});
export type ReplayWebhookDeliveries = z.output<typeof replayWebhookDeliveriesSchema>;
