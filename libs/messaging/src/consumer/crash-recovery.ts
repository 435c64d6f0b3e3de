import { Consumer } from 'kafkajs';
import { BackoffOptions } from '../messaging-options';
import { retryDelayMs } from './retry-policy';

/**
 * kafkajs restarts a crashed consumer only when it deems the error retriable. A crash it does not (seen here as
 * "Failed to find group coordinator" while a restarted broker loads its groups) leaves the consumer stopped for
 * good, while the process goes on answering as if all were well. This starts a new consumer after a backoff,
 * again and again until one runs: a broker that comes back must never leave a service deaf.
 */
export class CrashRecovery {
  private restarts = 0;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly backoff: BackoffOptions,
    private readonly startConsumer: () => Promise<void>,
    private readonly onFatalCrash: (error: unknown, restartInMs: number) => void,
    private readonly random: () => number = Math.random,
  ) {}

  /** Watches a consumer for crashes kafkajs will not restart from. */
  watch(consumer: Pick<Consumer, 'on' | 'events'>): void {
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart) this.scheduleRestart(payload.error);
    });
  }

  /** The consumer is stopping on purpose: no restart from now on. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private scheduleRestart(error: unknown): void {
    if (this.stopped) return;
    this.restarts += 1;
    const delayMs = retryDelayMs(this.restarts, this.backoff, this.random);
    this.onFatalCrash(error, delayMs);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.stopped) return;
      this.startConsumer().then(
        () => (this.restarts = 0),
        (failure: unknown) => this.scheduleRestart(failure),
      );
    }, delayMs);
  }
}
