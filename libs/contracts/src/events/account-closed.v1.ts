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
    'Someone closed their account; the gateway has erased their personal data and revoked their sessions. Every ' +
    'service erases or anonymises its own copy and keeps history (the ledger) under the pseudonymous id. ' +
    'aggregateId: accountId.',
  payload: z.object({
    accountId: entityIdSchema,
    closedAt: utcTimestampSchema,
  }),
});

export type AccountClosedV1 = EventOf<typeof accountClosedV1>;
