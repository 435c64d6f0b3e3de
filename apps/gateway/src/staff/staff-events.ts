import {
  accountRegisteredV1,
  AccountRegisteredV1,
  accountUpdatedV1,
  AccountUpdatedV1,
  ActorScopes,
  StaffRole,
} from '@waystation/contracts';
import { Account } from '../accounts/account.entity';
import { SERVICE_NAME } from '../service-name';

/** What of a staff account the other services learn: its name, role and scopes. */
export type AnnouncedStaff = Pick<Account, 'id' | 'displayName' | 'role' | 'scopes'>;

/** A new staff account, with the scopes it acts for (notifications keeps which staff serve which community). */
export function staffRegistered(account: AnnouncedStaff, at: Date, correlationId: string): AccountRegisteredV1 {
  return accountRegisteredV1.create({
    aggregateId: account.id,
    producer: SERVICE_NAME,
    correlationId,
    occurredAt: at,
    payload: {
      accountId: account.id,
      role: account.role,
      displayName: account.displayName,
      // Staff accounts keep no language; the console's is the city's.
      language: 'zh-CN',
      scopes: account.scopes,
      registeredAt: at.toISOString(),
    },
  });
}

/** The change from `before` to `after`, or null when nothing others know of changed; role and scopes go together. */
export function staffChanged(before: AnnouncedStaff, after: AnnouncedStaff, at: Date, correlationId: string): AccountUpdatedV1 | null {
  const changes: { displayName?: string; role?: StaffRole | Account['role']; scopes?: ActorScopes } = {};
  if (before.displayName !== after.displayName) changes.displayName = after.displayName;
  if (before.role !== after.role || !sameScopes(before.scopes, after.scopes))
    Object.assign(changes, { role: after.role, scopes: after.scopes });
  if (Object.keys(changes).length === 0) return null;
  return accountUpdatedV1.create({
    aggregateId: after.id,
    producer: SERVICE_NAME,
    correlationId,
    occurredAt: at,
    payload: { accountId: after.id, changes, updatedAt: at.toISOString() },
  });
}

function sameScopes(a: ActorScopes, b: ActorScopes): boolean {
  const normal = (scopes: ActorScopes) =>
    JSON.stringify([[...scopes.stations].sort(), [...scopes.communities].sort(), scopes.department ?? null]);
  return normal(a) === normal(b);
}
