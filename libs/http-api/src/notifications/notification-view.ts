import { utcTimestampSchema } from '@waystation/contracts';
import { z } from 'zod';

export const notificationViewSchema = z.object({
  id: z.uuid(),
  kind: z.string().describe('The event that caused it, e.g. points.credited'),
  title: z.string(),
  body: z.string(),
  data: z.record(z.string(), z.unknown()),
  createdAt: utcTimestampSchema,
  readAt: utcTimestampSchema.nullable(),
});
export type NotificationView = z.infer<typeof notificationViewSchema>;
