import { newOpen311ApiKey, open311ApiKeyHash } from './open311-api-key';

describe(newOpen311ApiKey.name, () => {
  it('issues a different 32-byte key each time, safe in a form field', () => {
    const [first, second] = [newOpen311ApiKey(), newOpen311ApiKey()];

    expect(first).not.toBe(second);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(first, 'base64url')).toHaveLength(32);
  });
});

describe(open311ApiKeyHash.name, () => {
  it('hashes the same key the same way and different keys differently, never keeping the key', () => {
    const key = newOpen311ApiKey();

    expect(open311ApiKeyHash(key).equals(open311ApiKeyHash(key))).toBe(true);
    expect(open311ApiKeyHash(key).equals(open311ApiKeyHash(newOpen311ApiKey()))).toBe(false);
    expect(open311ApiKeyHash(key).toString('utf8')).not.toContain(key);
    expect(open311ApiKeyHash(key)).toHaveLength(32);
  });
});
