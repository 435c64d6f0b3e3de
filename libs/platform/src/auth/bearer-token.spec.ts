import { bearerTokenOf } from './bearer-token';

describe(bearerTokenOf.name, () => {
  it('takes the token of a Bearer header, whatever the scheme case', () => {
    expect(bearerTokenOf('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerTokenOf('bearer abc.def.ghi')).toBe('abc.def.ghi');
  });

  it.each([
    ['no header', undefined],
    ['another scheme', 'Basic dXNlcjpwYXNz'],
    ['a scheme without a token', 'Bearer '],
    ['two tokens', 'Bearer a b'],
  ])('finds no token in %s', (_case, header) => {
    expect(bearerTokenOf(header)).toBeUndefined();
  });
});
