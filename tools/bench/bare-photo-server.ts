import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

export interface BarePhotoServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * The baseline of the photo bench: `POST /photos` streams the body into a file of `directory` (written aside,
 * then renamed, as the local photo store does) and answers 201 `{id}`. No sign-in, no checks, no processing,
 * no database: what storing the bytes alone costs on this machine.
 */
export async function startBarePhotoServer(directory: string): Promise<BarePhotoServer> {
  await mkdir(directory, { recursive: true });
  const server: Server = createServer((request, response) => {
    if (request.method !== 'POST' || request.url !== '/photos') {
      response.writeHead(404).end();
      return;
    }
    const id = randomUUID();
    const path = join(directory, `${id}.jpg`);
    pipeline(request, createWriteStream(`${path}.partial`))
      .then(() => rename(`${path}.partial`, path))
      .then(
        () => response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id })),
        () => response.writeHead(500).end(),
      );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
