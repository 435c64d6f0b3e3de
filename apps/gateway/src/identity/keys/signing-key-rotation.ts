import { exportJWK, generateKeyPair } from 'jose';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, LessThan } from 'typeorm';
import { ACCESS_TOKEN_ALGORITHM } from './access-token-keys';
import { SigningKeyRecord } from './signing-key.entity';

/** When a new signing key replaces the active one: on command, only when there is none, or by age. */
export type RotationCondition = 'always' | 'when-missing' | { olderThanDays: number };

const DAY_MS = 86_400_000;
/** Serialises rotations across replicas (and the rotate-key command): a transaction-level advisory lock. */
const ROTATION_LOCK = 'gateway:signing-key-rotation';

export function isRotationDue(active: Pick<SigningKeyRecord, 'activatedAt'> | undefined, condition: RotationCondition, now: Date): boolean {
  if (!active || condition === 'always') return true;
  if (condition === 'when-missing') return false;
  return now.getTime() - active.activatedAt.getTime() >= condition.olderThanDays * DAY_MS;
}

/**
 * Replaces the active signing key when `condition` holds: the old key is retired (its private half erased, its
 * public half kept for verification) and a new one signs from now on. Retired keys older than
 * `verificationWindowSeconds` (the access-token lifetime and a margin) are deleted: every token they signed has
 * expired. Returns the new key's kid, or undefined when nothing was due.
 */
export async function rotateSigningKey(dataSource: DataSource, condition: 'always', verificationWindowSeconds: number): Promise<string>;
export async function rotateSigningKey(
  dataSource: DataSource,
  condition: RotationCondition,
  verificationWindowSeconds: number,
): Promise<string | undefined>;
export async function rotateSigningKey(
  dataSource: DataSource,
  condition: RotationCondition,
  verificationWindowSeconds: number,
): Promise<string | undefined> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [ROTATION_LOCK]);
    const keys = manager.getRepository(SigningKeyRecord);
    const now = new Date();
    const active = await keys.findOneBy({ retiredAt: IsNull() });
    if (!isRotationDue(active ?? undefined, condition, now)) return undefined;
    if (active) await keys.update({ kid: active.kid }, { retiredAt: now, privateJwk: null });
    const { publicKey, privateKey } = await generateKeyPair(ACCESS_TOKEN_ALGORITHM, { extractable: true });
    const kid = randomUUID();
    await keys.insert({
      kid,
      algorithm: ACCESS_TOKEN_ALGORITHM,
      publicJwk: await exportJWK(publicKey),
      privateJwk: await exportJWK(privateKey),
      createdAt: now,
      activatedAt: now,
      retiredAt: null,
    });
    await keys.delete({ retiredAt: LessThan(new Date(now.getTime() - verificationWindowSeconds * 1000)) });
    return kid;
  });
}
