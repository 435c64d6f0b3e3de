import { z } from 'zod';
import { defineEvent, type EventOf } from '../define-event';
import { accountRoleSchema } from '../shared/account-role.schema';
import { actorScopesSchema } from '../shared/actor.schema';
import { boundedTextSchema } from '../shared/bounded-text.schema';
import { entityIdSchema } from '../shared/entity-id.schema';
import { languageSchema } from '../shared/language.schema';
import { utcTimestampSchema } from '../shared/utc-timestamp.schema';
import { workerTypeSchema } from '../shared/worker-type.schema';
import { Topics } from '../topics';

export const accountRegisteredV1 = defineEvent({
  type: 'account.registered',
  version: 1,
  topic: Topics.accounts,
  description:
    'Someone signed up through the gateway. Points opens a worker account; notifications keeps the language. ' +
    'Carries no phone number: the gateway alone holds it. Staff accounts carry their scopes (notifications keeps ' +
    'which staff serve which community). aggregateId: accountId.',
  payload: z.object({
    accountId: entityIdSchema,
    role: accountRoleSchema,
    displayName: boundedTextSchema(100),
    /** Workers only. */
    workerType: workerTypeSchema.optional(),
    language: languageSchema,
    /** Staff only: the stations, communities or department the account acts for. */
    scopes: actorScopesSchema.optional(),
    registeredAt: utcTimestampSchema,
  }),
});

export type AccountRegisteredV1 = EventOf<typeof accountRegisteredV1>;
