import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWebAppFiles, tileImageSource } from './web-app-files';

const builtApp = (html: string) => {
  const dist = mkdtempSync(join(tmpdir(), 'web-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), html);
  return dist;
};

describe(readWebAppFiles.name, () => {
  it('fills the map tile URL into the page, escaped', () => {
    const dist = builtApp('<head><meta name="waystation-map-tile-url" content="" /></head>');

    expect(readWebAppFiles(dist, 'https://t.example.org/{z}/{x}/{y}.png?a=1&b="2"')).toEqual({
      distDir: dist,
      assetsDir: join(dist, 'assets'),
      indexHtml:
        '<head><meta name="waystation-map-tile-url" content="https://t.example.org/{z}/{x}/{y}.png?a=1&amp;b=&quot;2&quot;" /></head>',
    });
  });

  it('is null where the app has not been built, so the gateway serves the API alone', () => {
    expect(readWebAppFiles(join(tmpdir(), 'no-such-web-dist'), '')).toBeNull();
  });

  it('refuses a page without the setting to fill in, rather than serve a map with no way to its tiles', () => {
    expect(() => readWebAppFiles(builtApp('<head></head>'), '')).toThrow(/rebuild the web app/);
  });
});

describe(tileImageSource.name, () => {
  it("allows the tiles' host, any subdomain where the template has one", () => {
    expect(tileImageSource('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://*.tile.openstreetmap.org');
    expect(tileImageSource('http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png')).toBe('http://127.0.0.1:8080');
  });

  it('adds nothing without tiles', () => {
    expect(tileImageSource('')).toBeNull();
  });
});
