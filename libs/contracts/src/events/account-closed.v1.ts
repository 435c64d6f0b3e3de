import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { entityIdSchema } from '../shared/entity-id.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { Topics } from '../topics';

export const accountClosedV1 = defineEvent({
  type: 'account.closed',
  version: 1,
  topic: Topics.accounts,
  description:
    'Someone closed their account (DELETE /api/v1/me). Every service that keeps personal data about the account erases or ' +
    'anonymises it; records such as the points ledger keep the pseudonymous account id. aggregateId: accountId.',
  payload: z.object({
    accountId: entityIdSchema,
    closedAt: utcTimestampSchema,
  }),
});

export type AccountClosedV1 = EventOf<typeof accountClosedV1>;
