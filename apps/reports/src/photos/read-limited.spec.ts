import { Readable } from 'node:stream';
import { PhotoTooLargeError } from './photo-errors';
import { readLimited } from './read-limited';

describe(readLimited.name, () => {
  const sut = readLimited;

  it('reads a body within the limit whole', async () => {
    expect((await sut(Readable.from([Buffer.from('ab'), Buffer.from('cd')]), 4)).toString()).toBe('abcd');
  });

  it('refuses a body that goes past the limit without reading the rest', async () => {
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += 1_024;
        this.push(Buffer.alloc(1_024));
      },
    });

    await expect(sut(endless, 8_192)).rejects.toThrow(PhotoTooLargeError);
    expect(produced).toBeLessThan(64 * 1_024);
  });

  it('refuses a declared length over the limit before reading anything', async () => {
    const body = Readable.from([Buffer.from('x')]);

    await expect(sut(body, 10, 11)).rejects.toThrow(PhotoTooLargeError);
  });
});
