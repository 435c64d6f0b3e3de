import { reportStatusSchema, slaClockKindSchema, slaDeadlineKindSchema, utcTimestampSchema } from '@waystation/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageQuerySchema, pageSchemaOf } from '../common/page';
import { nullableTextSchema } from '../common/view-fields';

/** The policy for categories without one of their own. */
export const DEFAULT_SLA_CATEGORY = 'default';

export const slaCategoryCodeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,59}$/, 'a category code is 1–60 lower-case letters, digits and hyphens, starting with a letter')
  .describe(`A report category's code, or \`${DEFAULT_SLA_CATEGORY}\` for every category without a policy of its own`);

export const setSlaPolicySchema = z.object({
  acknowledgeWithinHours: z.number().int().min(1).max(720).describe('From confirmation (or dispatch) until someone acknowledges it'),
  resolveWithinDays: z.number().int().min(1).max(365).describe('From confirmation (or dispatch) until it is resolved'),
  clock: slaClockKindSchema.describe(
    '`working-hours`: only the city office’s working hours count, holidays off; `calendar`: round the clock',
  ),
});
export type SetSlaPolicy = z.output<typeof setSlaPolicySchema>;

export const slaPolicyViewSchema = setSlaPolicySchema.extend({
  categoryCode: z.string(),
  updatedBy: nullableTextSchema().describe('Null for the seeded defaults'),
  updatedAt: utcTimestampSchema,
});
export type SlaPolicyView = z.infer<typeof slaPolicyViewSchema>;

export const slaPolicyListViewSchema = z.object({ items: z.array(slaPolicyViewSchema).describe('`default` first, then by category code') });
export type SlaPolicyListView = z.infer<typeof slaPolicyListViewSchema>;

export const escalationViewSchema = z.object({
  reportId: z.uuid(),
  category: z.string(),
  status: reportStatusSchema,
  private: z.boolean().describe('A care referral'),
  communityCode: nullableTextSchema(),
  kind: slaDeadlineKindSchema.describe('The deadline it missed'),
  dueAt: utcTimestampSchema,
  overdueMinutes: z.number().int().min(0).describe('How late it is now'),
});
export type EscalationView = z.infer<typeof escalationViewSchema>;

/** The last escalation of the previous page: its deadline (microseconds since 1970), report and kind. */
// At most 16 digits (before the year 2287) and a real UUID, so no cursor can overflow or fail a cast in the query.
export const ESCALATION_CURSOR = /^(\d{1,16})\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(acknowledge|resolve)$/;

export const escalationsQuerySchema = pageQuerySchema.extend({
  cursor: z.string().regex(ESCALATION_CURSOR, 'a cursor from the previous page').optional(),
});

export class SetSlaPolicyDto extends createZodDto(setSlaPolicySchema) {}
export class SlaPolicyViewDto extends createZodDto(slaPolicyViewSchema) {}
export class SlaPolicyListDto extends createZodDto(slaPolicyListViewSchema) {}
export class EscalationPageDto extends createZodDto(pageSchemaOf(escalationViewSchema.describe('Most overdue first'))) {}
export class EscalationsQueryDto extends createZodDto(escalationsQuerySchema) {}
