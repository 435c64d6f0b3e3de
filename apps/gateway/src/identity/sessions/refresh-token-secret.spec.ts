import { hashRefreshToken, newRefreshToken } from './refresh-token-secret';

describe(newRefreshToken.name, () => {
  it('makes URL-safe tokens of 256 random bits, a different one each time', () => {
    const tokens = new Set(Array.from({ length: 100 }, () => newRefreshToken()));

    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe(hashRefreshToken.name, () => {
  it('stores a 32-byte digest that is the same for the same token and differs for another', () => {
    const sut = hashRefreshToken;

    expect(sut('token-a')).toHaveLength(32);
    expect(sut('token-a').equals(sut('token-a'))).toBe(true);
    expect(sut('token-a').equals(sut('token-b'))).toBe(false);
  });
});
