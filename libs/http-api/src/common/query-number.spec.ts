import { z } from 'zod';
import { queryNumberSchema } from './query-number';

describe(queryNumberSchema.name, () => {
  const sut = queryNumberSchema(z.coerce.number().min(-90).max(90));
  const withDefault = queryNumberSchema(z.coerce.number().int().default(20));

  it('reads a number from its text', () => {
    expect(sut.parse('30.35')).toBe(30.35);
    expect(sut.parse('-1e-300')).toBe(-1e-300);
  });

  it.each(['', '   '])('treats %j as missing rather than 0', (text) => {
    expect(sut.safeParse(text).success).toBe(false);
    expect(withDefault.parse(text)).toBe(20);
  });

  it.each(['north', 'Infinity', '91'])('refuses %j', (text) => {
    expect(sut.safeParse(text).success).toBe(false);
  });
});
