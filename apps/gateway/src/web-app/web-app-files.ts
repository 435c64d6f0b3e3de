import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The built worker app (apps/web's `vite build`), with the page's settings filled in. */
export interface WebAppFiles {
  /** The build's top folder: the service worker, the web app manifest and the icons, next to `assets/`. */
  distDir: string;
  assetsDir: string;
  indexHtml: string;
}

const TILE_URL_META = '<meta name="waystation-map-tile-url" content="" />';

/** The built app in `distDir`, or null when it has not been built (the API runs without it). */
export function readWebAppFiles(distDir: string, mapTileUrl: string): WebAppFiles | null {
  const indexPath = join(distDir, 'index.html');
  if (!existsSync(indexPath)) return null;
  const built = readFileSync(indexPath, 'utf8');
  if (!built.includes(TILE_URL_META)) throw new Error(`${indexPath} has no ${TILE_URL_META} to fill in: rebuild the web app`);
  return {
    distDir,
    assetsDir: join(distDir, 'assets'),
    indexHtml: built.replace(TILE_URL_META, TILE_URL_META.replace('content=""', `content="${escapeAttribute(mapTileUrl)}"`)),
  };
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The CSP source of a tile URL template's host (`https://{s}.tile.example.org/{z}/{x}/{y}.png` → `https://*.tile.example.org`). */
export function tileImageSource(mapTileUrl: string): string | null {
  const origin = /^(https?:\/\/[^/]+)/.exec(mapTileUrl)?.[1];
  return origin ? origin.replace(/\{[^}]+\}/g, '*') : null;
}
