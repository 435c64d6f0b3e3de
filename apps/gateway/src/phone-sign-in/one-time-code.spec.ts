import { hashOneTimeCode, newOneTimeCode, oneTimeCodeMatches } from './one-time-code';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';

describe(newOneTimeCode.name, () => {
  it('makes six digits, leading zeros kept', () => {
    const codes = Array.from({ length: 2_000 }, newOneTimeCode);

    expect(codes.every((code) => /^\d{6}$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(1_900);
  });
});

describe(oneTimeCodeMatches.name, () => {
  const sut = oneTimeCodeMatches;
  const stored = hashOneTimeCode(SECRET, '+8613871234567', '042117');

  it('matches the code that was hashed for that number', () => {
    expect(sut(SECRET, '+8613871234567', '042117', stored)).toBe(true);
  });

  it('refuses another code', () => {
    expect(sut(SECRET, '+8613871234567', '042118', stored)).toBe(false);
  });

  it('refuses the right code for another number', () => {
    expect(sut(SECRET, '+8613871234568', '042117', stored)).toBe(false);
  });

  it('refuses the code under another secret, so the table alone gives nothing away', () => {
    expect(sut('another-secret-of-thirty-two-characters', '+8613871234567', '042117', stored)).toBe(false);
  });

  it('does not store the code itself', () => {
    expect(stored.toString('utf8')).not.toContain('042117');
  });
});
