import { Consumer } from 'kafkajs';
import { CrashRecovery } from './crash-recovery';

type CrashListener = (event: { payload: { error: Error; restart: boolean } }) => void;

/** What CrashRecovery uses of a kafkajs consumer: its CRASH event. */
function fakeConsumer() {
  let listener: CrashListener | undefined;
  const consumer = {
    events: { CRASH: 'consumer.crash' },
    on: (_event: string, callback: CrashListener) => (listener = callback),
  };
  return {
    consumer: consumer as unknown as Pick<Consumer, 'on' | 'events'>,
    crash: (restart: boolean) => listener?.({ payload: { error: new Error('Failed to find group coordinator'), restart } }),
  };
}

describe(CrashRecovery.name, () => {
  const backoff = { initialDelayMs: 100, maxDelayMs: 400 };
  let starts: number;
  let failStarts: number;
  let fatal: number[];
  let sut: CrashRecovery;

  beforeEach(() => {
    jest.useFakeTimers();
    starts = 0;
    failStarts = 0;
    fatal = [];
    sut = new CrashRecovery(
      backoff,
      async () => {
        starts += 1;
        if (failStarts > 0) {
          failStarts -= 1;
          throw new Error('connect ECONNREFUSED');
        }
      },
      (_error, delayMs) => fatal.push(delayMs),
      () => 1,
    );
  });

  afterEach(() => {
    sut.stop();
    jest.useRealTimers();
  });

  it('starts a new consumer after a backoff when kafkajs will not restart the crashed one', async () => {
    const { consumer, crash } = fakeConsumer();
    sut.watch(consumer);

    crash(false);
    await jest.advanceTimersByTimeAsync(99);
    expect(starts).toBe(0);
    await jest.advanceTimersByTimeAsync(1);

    expect(starts).toBe(1);
    expect(fatal).toEqual([100]);
  });

  it('leaves a crash kafkajs restarts from to kafkajs', async () => {
    const { consumer, crash } = fakeConsumer();
    sut.watch(consumer);

    crash(true);
    await jest.advanceTimersByTimeAsync(10_000);

    expect(starts).toBe(0);
  });

  it('keeps trying, waiting longer each time, while the new consumer cannot start', async () => {
    const { consumer, crash } = fakeConsumer();
    sut.watch(consumer);
    failStarts = 3;

    crash(false);
    await jest.advanceTimersByTimeAsync(5_000);

    expect(starts).toBe(4);
    expect(fatal).toEqual([100, 200, 400, 400]);
  });

  it('restarts nothing once the consumer is stopping', async () => {
    const { consumer, crash } = fakeConsumer();
    sut.watch(consumer);

    crash(false);
    sut.stop();
    await jest.advanceTimersByTimeAsync(10_000);

    expect(starts).toBe(0);
  });
});
