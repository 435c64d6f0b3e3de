import { maskedName } from './masked-name';

describe(maskedName.name, () => {
  it('keeps the first character of a Chinese name and masks the rest', () => {
    expect(maskedName('王建军')).toBe('王**');
  });

  it('masks at most three characters, so a long name does not show its length', () => {
    expect(maskedName('Li Weiming')).toBe('L***');
  });

  it('masks a one-character or missing name whole', () => {
    expect([maskedName('王'), maskedName(null), maskedName('  ')]).toEqual(['***', '***', '***']);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(maskedName('𠀋先生')).toBe('𠀋**');
  });
});
