import { PartitionPauses } from './partition-pauses';

describe(PartitionPauses.name, () => {
  const backoff = { initialDelayMs: 100, maxDelayMs: 400 };
  let sut: PartitionPauses;
  let fetching: Map<string, boolean>;

  /** What kafkajs's pause() of a batch does: stop fetching the partition, hand back how to resume it. */
  const pauseFetching = (topic: string, partition: number) => () => {
    fetching.set(`${topic}/${partition}`, false);
    return () => fetching.set(`${topic}/${partition}`, true);
  };

  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-12-01T10:00:00Z') });
    fetching = new Map();
    sut = new PartitionPauses(backoff, () => 1);
  });

  afterEach(() => {
    sut.clear();
    jest.useRealTimers();
  });

  it('stops fetching a partition and resumes it after the backoff', () => {
    const delay = sut.pause('reports.events', 3, 'database-unavailable', pauseFetching('reports.events', 3));

    expect(delay).toBe(100);
    expect(fetching.get('reports.events/3')).toBe(false);
    jest.advanceTimersByTime(99);
    expect(fetching.get('reports.events/3')).toBe(false);
    jest.advanceTimersByTime(1);
    expect(fetching.get('reports.events/3')).toBe(true);
  });

  it('waits longer with every consecutive pause, up to the cap, without ever giving up', () => {
    const delays = Array.from({ length: 6 }, () => sut.pause('reports.events', 0, 'lock-timeout', pauseFetching('reports.events', 0)));

    expect(delays).toEqual([100, 200, 400, 400, 400, 400]);
  });

  it('starts the backoff again once an event of the partition succeeded', () => {
    sut.pause('reports.events', 0, 'lock-timeout', pauseFetching('reports.events', 0));
    sut.pause('reports.events', 0, 'lock-timeout', pauseFetching('reports.events', 0));
    sut.recovered('reports.events', 0);

    expect(sut.pause('reports.events', 0, 'lock-timeout', pauseFetching('reports.events', 0))).toBe(100);
  });

  it('lists the partitions waiting now, with the streak they are in, and not the resumed ones', () => {
    sut.pause('reports.events', 1, 'database-unavailable', pauseFetching('reports.events', 1));
    jest.advanceTimersByTime(50);
    sut.pause('accounts.events', 0, 'lock-timeout', pauseFetching('accounts.events', 0));
    sut.pause('accounts.events', 0, 'deadlock', pauseFetching('accounts.events', 0));

    expect(sut.paused()).toEqual([
      { topic: 'reports.events', partition: 1, since: '2026-12-01T10:00:00.000Z', pauses: 1, reason: 'database-unavailable' },
      { topic: 'accounts.events', partition: 0, since: '2026-12-01T10:00:00.050Z', pauses: 2, reason: 'deadlock' },
    ]);
    jest.advanceTimersByTime(100);
    expect(sut.paused().map(({ topic }) => topic)).toEqual(['accounts.events']);
  });
});
