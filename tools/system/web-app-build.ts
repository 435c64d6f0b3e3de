import { spawn } from 'node:child_process';
import { join } from 'node:path';

const REPO_ROOT = join(__dirname, '..', '..');

/**
 * Builds the worker app into apps/web/dist, where the gateway serves it (GATEWAY_WEB_DIST_DIR's default), with
 * its first-load budget checked: `nx run web:build` as a process, since Vite's API is published as ES modules only.
 */
export function buildWebApp(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['nx', 'run', 'web:build', '--output-style=stream'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`building the web app failed (exit ${code}):\n${output}`))));
  });
}
