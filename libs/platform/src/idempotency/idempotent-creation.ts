import { createHash } from 'node:crypto';
import { postgresErrorCode } from '../database/postgres-error';
import { DomainError } from '../errors/domain-error';

/** A creating request's Idempotency-Key with a digest of what it asked for. */
export interface IdempotencyKey {
  key: string;
  fingerprint: string;
}

/** What an earlier request with the same key created. */
export interface EarlierCreation<T> {
  id: string;
  /** Null for rows written before fingerprints were kept: their key alone decides. */
  fingerprint: string | null;
  result: T;
}

export interface CreateOnceSteps<T> {
  /** The object the caller created earlier with this key, if any. */
  findEarlier(key: string): Promise<EarlierCreation<T> | undefined>;
  /** Creates the object, storing the key and fingerprint with it under a unique index (caller, key). */
  create(): Promise<T>;
}

export class IdempotencyKeyReusedError extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'idempotency-key-reused';

  constructor(idempotencyKey: string, existingId: string) {
    super(`Idempotency-Key "${idempotencyKey}" was already used for a different request (which created ${existingId}); use a new key`, {
      idempotencyKey,
      existingId,
    });
  }
}

/** The key with the validated command's digest (commandFingerprint). */
export function idempotencyKeyFor(key: string | undefined, command: unknown): IdempotencyKey | undefined {
  return key ? { key, fingerprint: commandFingerprint(command) } : undefined;
}

/** A digest of a validated command: its keys come out of the schema in one order, whatever the client sent. */
export function commandFingerprint(command: unknown): string {
  return createHash('sha256').update(JSON.stringify(command)).digest('base64url');
}

/**
 * Honours an Idempotency-Key on a creating request: a retry of the same request answers with what the first one
 * created (`created: false`), the key sent again with a different request is refused (422), and two requests
 * racing with one key create one object.
 */
export async function createOnce<T>(
  idempotency: IdempotencyKey | undefined,
  steps: CreateOnceSteps<T>,
): Promise<{ result: T; created: boolean }> {
  if (!idempotency) return { result: await steps.create(), created: true };
  const replay = async () => {
    const earlier = await steps.findEarlier(idempotency.key);
    if (!earlier) return undefined;
    if (earlier.fingerprint !== null && earlier.fingerprint !== idempotency.fingerprint) {
      throw new IdempotencyKeyReusedError(idempotency.key, earlier.id);
    }
    return { result: earlier.result, created: false };
  };
  const earlier = await replay();
  if (earlier) return earlier;
  try {
    return { result: await steps.create(), created: true };
  } catch (error) {
    // The other request of a race committed first: answer as its retry.
    const winner = isUniqueViolation(error) ? await replay() : undefined;
    if (winner) return winner;
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return postgresErrorCode(error) === '23505';
}
