import type { Readable } from 'node:stream';
import { PhotoTooLargeError } from './photo-errors';

/**
 * Reads `body` into memory up to `maxBytes`. Past the limit (or when the declared length is over it) it rejects
 * at once and reads no further, so an oversized upload costs at most the limit in memory; the HTTP server
 * answers 413 and deals with the rest of the request (dropping the connection if it must).
 */
export function readLimited(body: Readable, maxBytes: number, declaredLength?: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const refuse = (error: Error) => {
      body.removeAllListeners('data');
      body.removeAllListeners('end');
      body.pause();
      reject(error);
    };
    if (declaredLength !== undefined && declaredLength > maxBytes) return refuse(new PhotoTooLargeError({ maxBytes }));
    const chunks: Buffer[] = [];
    let total = 0;
    body.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) return refuse(new PhotoTooLargeError({ maxBytes }));
      chunks.push(chunk);
    });
    body.once('end', () => resolve(Buffer.concat(chunks, total)));
    body.once('error', reject);
  });
}
