import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { entityIdSchema } from '../shared/entity-id.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const notificationCreatedV1 = defineEvent({
  type: 'notification.created',
  version: 1,
  topic: Topics.notifications,
  description:
    "A message was stored in someone's in-app inbox. A wake-up, not the content: the gateway's replicas push the " +
    "recipient's new messages, read from the notifications service, to their open live streams. aggregateId: notificationId.",
  payload: z.object({
    notificationId: z.uuid(),
    recipientId: entityIdSchema,
    createdAt: utcTimestampSchema,
  }),
});

export type NotificationCreatedV1 = EventOf<typeof notificationCreatedV1>;
