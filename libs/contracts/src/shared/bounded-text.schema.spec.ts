import { boundedTextSchema } from './bounded-text.schema';

describe(boundedTextSchema.name, () => {
  const sut = boundedTextSchema(10);
  const multiline = boundedTextSchema(10, { multiline: true });

  it('keeps printable text, trimmed', () => {
    expect(sut.parse('  文化大道 1 号 ')).toBe('文化大道 1 号');
  });

  it.each([
    ['NUL', '\u0000'],
    ['bell', '\u0007'],
    ['escape', '\u001b'],
    ['DEL', '\u007f'],
    ['line feed', '\n'],
    ['tab', '\t'],
    ['carriage return', '\r'],
  ])('refuses a %s inside one-line text', (_name, control) => {
    const result = sut.safeParse(`a${control}b`);

    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['Must not contain control characters']);
  });

  it('allows line feeds and tabs in multiline text, and no other control character', () => {
    expect(multiline.parse('第一行\n\t第二行')).toBe('第一行\n\t第二行');
    expect(multiline.safeParse('a\u0000b').success).toBe(false);
    expect(multiline.safeParse('a\r\nb').success).toBe(false);
  });

  it('refuses blank text and text over the bound', () => {
    expect(sut.safeParse(' \n ').success).toBe(false);
    expect(sut.safeParse('a'.repeat(11)).success).toBe(false);
    expect(sut.parse('a'.repeat(10))).toHaveLength(10);
  });
});
