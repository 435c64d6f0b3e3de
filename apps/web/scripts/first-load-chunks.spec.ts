import { firstLoadChunks } from './first-load-chunks';

describe(firstLoadChunks.name, () => {
  it('counts the entry and its static imports, transitively, once each, and not what loads later', () => {
    const sut = firstLoadChunks({
      'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_vendor.js'] },
      '_vendor.js': { file: 'assets/vendor.js', imports: ['_shared.js', 'index.html'] },
      '_shared.js': { file: 'assets/shared.js' },
      'src/home/station-map.tsx': { file: 'assets/station-map.js', imports: ['_shared.js'] },
    });

    expect(sut).toEqual(['assets/index.js', 'assets/vendor.js', 'assets/shared.js']);
  });
});
