import { utcTimestampSchema } from '@waystation/contracts';
import { createZodDto } from 'nestjs-zod';
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

export const unreadCountViewSchema = z.object({ count: z.number().int().nonnegative().describe('Notifications not read yet') });
export type UnreadCountView = z.infer<typeof unreadCountViewSchema>;

export const markNotificationsReadSchema = z.object({
  upTo: z.uuid().describe('The newest notification the reader has seen: it and every one before it are marked read'),
});
export type MarkNotificationsRead = z.infer<typeof markNotificationsReadSchema>;
export class MarkNotificationsReadDto extends createZodDto(markNotificationsReadSchema) {}
