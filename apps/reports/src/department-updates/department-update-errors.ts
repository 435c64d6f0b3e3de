import { DomainError } from '@waystation/platform';

/** A department's updateId is its idempotency key: sent again with a different update, it is refused. */
export class UpdateIdReusedError extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'update-id-reused';

  constructor(department: string, updateId: string) {
    super(`Department ${department} already sent a different update with updateId "${updateId}"; use a new updateId`, {
      department,
      updateId,
    });
  }
}
