import { QueryFailedError } from 'typeorm';
import { createOnce, type EarlierCreation, type IdempotencyKey, IdempotencyKeyReusedError, idempotencyKeyFor } from './idempotent-creation';

const uniqueViolation = () =>
  new QueryFailedError('INSERT INTO notes …', [], Object.assign(new Error('duplicate key value'), { code: '23505' }));

/** Idempotency-Key "key-1" sent with `request`. */
function keyFor(request: object): IdempotencyKey {
  const key = idempotencyKeyFor('key-1', request);
  if (!key) throw new Error('idempotencyKeyFor gave no key for a key');
  return key;
}

/** The caller's table of created objects by Idempotency-Key, as the steps of `createOnce` see it. */
class CreatedByKey {
  readonly rows = new Map<string, EarlierCreation<string>>();
  creations = 0;

  steps(key: string | undefined, fingerprint: string | undefined, result: string, beforeInsert?: () => void) {
    return {
      findEarlier: async (lookedUp: string) => this.rows.get(lookedUp),
      create: async () => {
        beforeInsert?.();
        if (key && this.rows.has(key)) throw uniqueViolation();
        this.creations += 1;
        if (key && fingerprint) this.rows.set(key, { id: result, fingerprint, result });
        return result;
      },
    };
  }
}

describe(createOnce.name, () => {
  const sut = createOnce;
  const command = { name: '江夏驿站', district: '江夏区' };

  it('creates without a key and says so', async () => {
    const table = new CreatedByKey();

    expect(await sut(undefined, table.steps(undefined, undefined, 'note-1'))).toEqual({ result: 'note-1', created: true });
    expect(table.creations).toBe(1);
  });

  it('answers a retry of the same request with what the first one created, creating nothing', async () => {
    const table = new CreatedByKey();
    const key = keyFor(command);
    await sut(key, table.steps(key.key, key.fingerprint, 'note-1'));

    expect(await sut(key, table.steps(key.key, key.fingerprint, 'note-2'))).toEqual({ result: 'note-1', created: false });
    expect(table.creations).toBe(1);
  });

  it('refuses the key sent again with a different request, naming what it created', async () => {
    const table = new CreatedByKey();
    const first = keyFor(command);
    await sut(first, table.steps(first.key, first.fingerprint, 'note-1'));
    const other = keyFor({ ...command, district: '洪山区' });

    await expect(sut(other, table.steps(other.key, other.fingerprint, 'note-2'))).rejects.toThrow(IdempotencyKeyReusedError);
    await expect(sut(other, table.steps(other.key, other.fingerprint, 'note-2'))).rejects.toThrow(/note-1/);
    expect(table.creations).toBe(1);
  });

  it('lets the key alone decide for an object created before fingerprints were kept', async () => {
    const table = new CreatedByKey();
    table.rows.set('key-1', { id: 'note-0', fingerprint: null, result: 'note-0' });
    const key = keyFor(command);

    expect(await sut(key, table.steps(key.key, key.fingerprint, 'note-1'))).toEqual({ result: 'note-0', created: false });
  });

  it('answers as a retry of the request that won a race for the key', async () => {
    const table = new CreatedByKey();
    const key = keyFor(command);
    // The winner commits between the loser's lookup and its insert.
    const winnerCommits = () => table.rows.set(key.key, { id: 'note-1', fingerprint: key.fingerprint, result: 'note-1' });

    expect(await sut(key, table.steps(key.key, key.fingerprint, 'note-2', winnerCommits))).toEqual({ result: 'note-1', created: false });
    expect(table.creations).toBe(0);
  });

  it('passes on a failure to create that is not a lost race', async () => {
    const key = keyFor(command);
    const failing = { findEarlier: async () => undefined, create: () => Promise.reject(new Error('connection lost')) };

    await expect(sut(key, failing)).rejects.toThrow('connection lost');
  });
});

describe(idempotencyKeyFor.name, () => {
  const sut = idempotencyKeyFor;

  it('gives no key when the request carried none', () => {
    expect(sut(undefined, { name: 'x' })).toBeUndefined();
  });

  it('fingerprints equal commands alike and different commands apart', () => {
    expect(sut('k', { name: 'x' })?.fingerprint).toBe(sut('k', { name: 'x' })?.fingerprint);
    expect(sut('k', { name: 'x' })?.fingerprint).not.toBe(sut('k', { name: 'y' })?.fingerprint);
  });
});
