// Fails the web build when the worker app's first load carries more than its budget of gzipped JavaScript
// (run by `nx run web:build` after `vite build`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BuildManifest, firstLoadChunks } from './first-load-chunks';

/** What a worker on a weak signal downloads before the first screen, at most (issue 14). */
export const FIRST_LOAD_BUDGET_BYTES = 250 * 1024;

const dist = join(__dirname, '..', 'dist');

function main(): void {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as BuildManifest;
  const sizes = firstLoadChunks(manifest).map((file) => ({ file, gzipped: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length }));
  const total = sizes.reduce((sum, { gzipped }) => sum + gzipped, 0);
  for (const { file, gzipped } of sizes) console.log(`${(gzipped / 1024).toFixed(1).padStart(7)} KB  ${file}`);
  const verdict = `first load: ${(total / 1024).toFixed(1)} KB of JavaScript gzipped, budget ${FIRST_LOAD_BUDGET_BYTES / 1024} KB`;
  if (total > FIRST_LOAD_BUDGET_BYTES) {
    console.error(`Over budget, ${verdict}: lazy-load what the first screen does not need.`);
    process.exitCode = 1;
  } else console.log(`Within budget, ${verdict}.`);
}

main();
