import { undocumentedSettings } from '@waystation/testing';
import { reportsConfigSchema } from './reports.config';

describe('reports configuration', () => {
  it('is documented in the README with the defaults it really uses', () => {
    expect(undocumentedSettings(reportsConfigSchema)).toEqual([]);
  });

  it('starts on the embedded defaults with no variables set', () => {
    expect(() => reportsConfigSchema.parse({})).not.toThrow();
  });
});
