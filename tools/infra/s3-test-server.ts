import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensurePythonTool } from './python-tool';

/**
 * The S3-compatible server the tests store photos in: moto's standalone server (Apache-2.0, from PyPI), which
 * speaks the S3 REST API over HTTP, path-style, with any credentials. A bump installs it next to the old one.
 */
export const MOTO_VERSION = '5.2.5';

export interface S3TestServer {
  /** `http://127.0.0.1:<port>`; buckets are addressed path-style. */
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 60_000;

/**
 * Starts a private S3-compatible server on a free port of 127.0.0.1, installing moto into a cached venv the
 * first time (a fresh clone needs only python3). It lives as long as the process that started it, or until `stop`.
 */
export async function startS3TestServer(): Promise<S3TestServer> {
  const bin = await ensurePythonTool({ name: 'moto', version: MOTO_VERSION, requirement: `moto[server]==${MOTO_VERSION}` });
  const port = await freePort();
  const child = spawn(join(bin, 'moto_server'), ['-H', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  const output: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  const endpoint = `http://127.0.0.1:${port}`;
  await waitUntilServing(endpoint, child, () => output.join('').slice(-2_000));
  return {
    endpoint,
    region: 'us-east-1',
    accessKeyId: 'waystation-test',
    secretAccessKey: 'waystation-test-secret',
    stop: () => stopChild(child),
  };
}

async function waitUntilServing(endpoint: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`moto_server exited while starting (${child.exitCode}):\n${log()}`);
    try {
      // moto's own health route: answers once the server takes requests.
      const response = await fetch(`${endpoint}/moto-api/`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  await stopChild(child);
  throw new Error(`moto_server did not serve ${endpoint} within ${STARTUP_TIMEOUT_MS} ms:\n${log()}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

/** A port nobody listens on right now (the OS picks it). */
async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('No port was assigned');
  return address.port;
}
