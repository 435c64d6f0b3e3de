import { ProblemException } from '@waystation/platform';
import { Readable } from 'node:stream';
import { byteLimited } from './byte-limit';

describe(byteLimited.name, () => {
  const sut = byteLimited;

  it('passes a body within the limit through unchanged', async () => {
    const chunks = [Buffer.from('abc'), Buffer.from('def')];

    const passed = Buffer.concat(await sut(Readable.from(chunks), 6).toArray());

    expect(passed.toString()).toBe('abcdef');
  });

  it('fails with a 413 payload-too-large as soon as the body goes past the limit', async () => {
    const endless = Readable.from(
      (function* () {
        for (;;) yield Buffer.alloc(1_024);
      })(),
    );

    const failure = await sut(endless, 4_096)
      .toArray()
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ProblemException);
    expect((failure as ProblemException).problem).toMatchObject({ status: 413, code: 'payload-too-large' });
  });
});
