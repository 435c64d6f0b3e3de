import { AccountUpdatedV1, Language, WorkerType } from '@waystation/contracts';
import type { Account } from '../accounts/account.entity';
import type { WorkerProfile } from '../phone-sign-in/worker-profile.entity';
import { WorkerFieldsOnlyError } from './me-errors';

export interface MyAccountChanges {
  displayName?: string;
  workerType?: WorkerType;
  employer?: string | null;
  language?: Language;
}

export type AccountChanges = AccountUpdatedV1['payload']['changes'];

const WORKER_FIELDS = ['workerType', 'employer', 'language'] as const;
type WorkerField = (typeof WORKER_FIELDS)[number];

/** The fields that really change, with their new values; fields only workers have are refused for staff. */
export function changesOf(
  account: Pick<Account, 'displayName'>,
  worker: Pick<WorkerProfile, WorkerField> | null,
  requested: MyAccountChanges,
): AccountChanges {
  const asked = WORKER_FIELDS.filter((field) => requested[field] !== undefined);
  if (!worker && asked.length > 0) throw new WorkerFieldsOnlyError(asked);
  const changes: AccountChanges = {};
  if (requested.displayName !== undefined && requested.displayName !== account.displayName) changes.displayName = requested.displayName;
  if (!worker) return changes;
  if (requested.workerType !== undefined && requested.workerType !== worker.workerType) changes.workerType = requested.workerType;
  if (requested.employer !== undefined && requested.employer !== worker.employer) changes.employer = requested.employer;
  if (requested.language !== undefined && requested.language !== worker.language) changes.language = requested.language;
  return changes;
}

/** The part of `changes` stored in the worker profile. */
export function workerFieldsOf(changes: AccountChanges): Partial<Pick<WorkerProfile, WorkerField>> {
  return Object.fromEntries(WORKER_FIELDS.filter((field) => changes[field] !== undefined).map((field) => [field, changes[field]]));
}
