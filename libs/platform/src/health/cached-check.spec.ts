import type { HealthIndicatorResult } from '@nestjs/terminus';
import { CachedCheck } from './cached-check';

const UP: HealthIndicatorResult = { kafka: { status: 'up' } };
const TTL_MS = 2_000;

describe(CachedCheck.name, () => {
  let clock: number;
  let calls: number;
  let release: () => void;
  const check = () => {
    calls += 1;
    return new Promise<HealthIndicatorResult>((resolve) => {
      release = () => resolve(UP);
    });
  };

  beforeEach(() => {
    clock = 0;
    calls = 0;
  });

  it('runs the check once for callers arriving while it is in flight, and gives them all its answer', async () => {
    const sut = new CachedCheck(check, TTL_MS, () => clock);

    const answers = [sut.run(), sut.run(), sut.run()];
    release();

    expect(await Promise.all(answers)).toEqual([UP, UP, UP]);
    expect(calls).toBe(1);
  });

  it('reuses a settled answer within the cache window and checks again after it', async () => {
    const sut = new CachedCheck(check, TTL_MS, () => clock);
    const first = sut.run();
    release();
    await first;

    clock = TTL_MS - 1;
    await sut.run();
    expect(calls).toBe(1);

    clock = TTL_MS;
    const again = sut.run();
    release();
    await again;
    expect(calls).toBe(2);
  });

  it('caches a failed check too, so a dependency that is down is not hammered', async () => {
    let failures = 0;
    const sut = new CachedCheck(
      () => Promise.reject(new Error(`down ${++failures}`)),
      TTL_MS,
      () => clock,
    );

    await expect(sut.run()).rejects.toThrow('down 1');
    await expect(sut.run()).rejects.toThrow('down 1');
    clock = TTL_MS;
    await expect(sut.run()).rejects.toThrow('down 2');
  });
});
