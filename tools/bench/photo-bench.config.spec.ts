import { InvalidConfigError } from '@waystation/platform';
import { undocumentedSettings } from '@waystation/testing';
import { loadPhotoBenchConfig, photoBenchConfigSchema } from './photo-bench.config';

describe(loadPhotoBenchConfig.name, () => {
  it('is documented in the README with the defaults it really uses', () => {
    expect(undocumentedSettings(photoBenchConfigSchema)).toEqual([]);
  });

  it('measures 300 submissions or 60 seconds a side by default', () => {
    expect(loadPhotoBenchConfig({})).toEqual({ BENCH_PHOTO_SUBMISSIONS: 300, BENCH_PHOTO_SECONDS: 60 });
  });

  it.each([
    ['BENCH_PHOTO_SUBMISSIONS', '1'],
    ['BENCH_PHOTO_SECONDS', 'forever'],
  ])('refuses %s=%s, naming it', (name, value) => {
    expect(() => loadPhotoBenchConfig({ [name]: value })).toThrow(InvalidConfigError);
    expect(() => loadPhotoBenchConfig({ [name]: value })).toThrow(name);
  });
});
