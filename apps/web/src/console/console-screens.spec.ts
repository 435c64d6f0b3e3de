import { consoleScreensOf } from './console-screens';

describe(consoleScreensOf.name, () => {
  it('gives each staff role its own screens, the main one first', () => {
    expect(consoleScreensOf('community-staff').map(({ path }) => path)).toEqual(['review']);
    expect(consoleScreensOf('department').map(({ path }) => path)).toEqual(['department']);
    expect(consoleScreensOf('station-manager').map(({ path }) => path)).toEqual(['stations']);
    expect(consoleScreensOf('admin').map(({ path }) => path)).toEqual(['city-office', 'review', 'stations']);
  });

  it('gives a worker no console screen', () => {
    expect(consoleScreensOf('worker')).toEqual([]);
  });
});
