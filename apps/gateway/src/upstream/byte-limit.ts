import { HttpStatus } from '@nestjs/common';
import { problem, ProblemException } from '@waystation/platform';
import { Readable, Transform } from 'node:stream';

/** The 413 the public API answers for a streamed body over its limit. */
export function payloadTooLarge(maxBytes: number): ProblemException {
  return new ProblemException(
    problem(HttpStatus.PAYLOAD_TOO_LARGE, 'payload-too-large', 'Payload Too Large', `The body may have at most ${maxBytes} bytes`),
  );
}

/**
 * `source` passed through as it arrives, failing with a 413 as soon as more than `maxBytes` went by: a body is
 * streamed on without being held, and still cannot be larger than the limit.
 */
export function byteLimited(source: Readable, maxBytes: number): Readable {
  let seen = 0;
  const limited = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > maxBytes) return done(payloadTooLarge(maxBytes));
      done(null, chunk);
    },
  });
  source.on('error', (error) => limited.destroy(error));
  return source.pipe(limited);
}
