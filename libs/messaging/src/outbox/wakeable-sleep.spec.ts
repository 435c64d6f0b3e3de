import { WakeableSleep } from './wakeable-sleep';

describe(WakeableSleep.name, () => {
  it('ends a sleep as soon as it is woken', async () => {
    const sut = new WakeableSleep();
    const started = Date.now();
    const sleeping = sut.sleep(10_000);
    sut.wake();
    await sleeping;
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('keeps a wake-up that came while awake, so a notification between two polls is not lost', async () => {
    const sut = new WakeableSleep();
    sut.wake();
    const started = Date.now();
    await sut.sleep(10_000);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('sleeps the full time when nobody wakes it', async () => {
    const sut = new WakeableSleep();
    const started = Date.now();
    await sut.sleep(50);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });
});
