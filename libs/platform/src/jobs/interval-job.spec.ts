import { IntervalJob } from './interval-job';

describe(IntervalJob.name, () => {
  const logger = { log: jest.fn(), warn: jest.fn() };

  beforeEach(() => {
    jest.useFakeTimers();
    logger.log.mockReset();
    logger.warn.mockReset();
  });

  afterEach(() => jest.useRealTimers());

  it('runs every interval and never starts a run while one is still going', async () => {
    let finish: () => void = () => undefined;
    const run = jest.fn(() => new Promise<string | undefined>((resolve) => (finish = () => resolve('did 3 things'))));
    const sut = new IntervalJob(1_000, run, logger);

    sut.start();
    await jest.advanceTimersByTimeAsync(3_500);
    expect(run).toHaveBeenCalledTimes(1);

    finish();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(run).toHaveBeenCalledTimes(2);
    expect(logger.log).toHaveBeenCalledWith('did 3 things');
    finish();
    await sut.stop();
  });

  it('logs a failed run and tries again at the next interval', async () => {
    const run = jest.fn().mockRejectedValueOnce(new Error('database away')).mockResolvedValue(undefined);
    const sut = new IntervalJob(1_000, run, logger);

    sut.start();
    await jest.advanceTimersByTimeAsync(2_000);
    await sut.stop();

    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('database away'));
    expect(run).toHaveBeenCalledTimes(2);
    expect(logger.log).not.toHaveBeenCalled();
  });

  it('never runs with an interval of 0', async () => {
    const run = jest.fn();
    const sut = new IntervalJob(0, run, logger);

    sut.start();
    await jest.advanceTimersByTimeAsync(60_000);
    await sut.stop();

    expect(run).not.toHaveBeenCalled();
  });
});
