import { PauseOptions } from '../messaging-options';
import { retryDelayMs } from './retry-policy';

export interface PausedPartition {
  topic: string;
  partition: number;
  /** When the current streak of availability failures began. */
  since: string;
  /** Consecutive pauses in this streak. */
  pauses: number;
  reason: string;
}

interface Streak {
  since: Date;
  pauses: number;
  reason: string;
}

/**
 * Partitions whose next event met an unavailable dependency. Each one stops being fetched and is resumed after
 * a backoff that grows with every consecutive pause, up to a cap, until an event of it succeeds: there is no
 * limit on the attempts, since the dependency will come back. Readiness lists them.
 */
export class PartitionPauses {
  private readonly streaks = new Map<string, Streak>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly backoff: PauseOptions,
    private readonly random: () => number = Math.random,
  ) {}

  /**
   * Stops fetching the partition through `pauseFetching` (which returns how to resume it) and schedules the
   * resumption; resolves to the delay chosen.
   */
  pause(topic: string, partition: number, reason: string, pauseFetching: () => () => void): number {
    const key = keyOf(topic, partition);
    const streak = this.streaks.get(key) ?? { since: new Date(), pauses: 0, reason };
    streak.pauses += 1;
    streak.reason = reason;
    this.streaks.set(key, streak);
    const resume = pauseFetching();
    const delayMs = retryDelayMs(streak.pauses, this.backoff, this.random);
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        resume();
      }, delayMs),
    );
    return delayMs;
  }

  /** An event of the partition succeeded: its streak is over. */
  recovered(topic: string, partition: number): void {
    this.streaks.delete(keyOf(topic, partition));
  }

  /** The partitions waiting for a dependency now. */
  paused(): PausedPartition[] {
    return [...this.streaks]
      .filter(([key]) => this.timers.has(key))
      .map(([key, streak]) => {
        const [topic, partition] = splitKey(key);
        return { topic, partition, since: streak.since.toISOString(), pauses: streak.pauses, reason: streak.reason };
      });
  }

  /** Cancels every pending resumption (the consumer is stopping). */
  clear(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.streaks.clear();
  }
}

function keyOf(topic: string, partition: number): string {
  return `${partition}:${topic}`;
}

function splitKey(key: string): [string, number] {
  const separator = key.indexOf(':');
  return [key.slice(separator + 1), Number(key.slice(0, separator))];
}
