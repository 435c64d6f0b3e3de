import { toCsv } from './csv';

describe(toCsv.name, () => {
  it('writes a header and a line per row after a byte-order mark', () => {
    expect(toCsv(['code', 'planned'], [['420115', 12]])).toBe('\ufeffcode,planned\r\n420115,12\r\n');
  });

  it('quotes a cell holding a comma, a quote or a line break, and leaves null empty', () => {
    expect(toCsv(['note'], [['江夏, "东"'], ['a\nb'], [null]])).toBe('\ufeffnote\r\n"江夏, ""东"""\r\n"a\nb"\r\n\r\n');
  });
});
