import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DevSmsSender } from './dev-sms-sender';

describe(DevSmsSender.name, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dev-sms-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('appends each code as one JSON line {phone, code, sentAt}, creating the folder', async () => {
    const outbox = join(dir, 'nested', 'sms-outbox.jsonl');
    const sut = new DevSmsSender(outbox);

    await sut.sendCode('+8613871234567', '042117');
    await sut.sendCode('+8613871234568', '990001');

    const lines = (await readFile(outbox, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      { phone: '+8613871234567', code: '042117', sentAt: expect.stringMatching(/Z$/) },
      { phone: '+8613871234568', code: '990001', sentAt: expect.stringMatching(/Z$/) },
    ]);
  });
});
