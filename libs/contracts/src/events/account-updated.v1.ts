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

export const accountUpdatedV1 = defineEvent({
  type: 'account.updated',
  version: 1,
  topic: Topics.accounts,
  description:
    'Someone edited their profile, or an admin changed a staff account. `changes` holds only the fields that ' +
    'changed, with their new values (`employer: null` when it was removed; a staff assignment changes `role` and ' +
    '`scopes` together). aggregateId: accountId.',
  payload: z.object({
    accountId: entityIdSchema,
    changes: z
      .object({
        displayName: boundedTextSchema(100).optional(),
        workerType: workerTypeSchema.optional(),
        employer: boundedTextSchema(100).nullable().optional(),
        language: languageSchema.optional(),
        role: accountRoleSchema.optional(),
        scopes: actorScopesSchema.optional(),
      })
      .refine((changes) => Object.keys(changes).length > 0, { error: 'Must name at least one change' }),
    updatedAt: utcTimestampSchema,
  }),
});

export type AccountUpdatedV1 = EventOf<typeof accountUpdatedV1>;
