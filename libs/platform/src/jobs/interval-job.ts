/** What an interval job reports: a line when a run did something, a warning when one failed. */
export interface IntervalJobLogger {
  log(message: string): void;
  warn(message: string): void;
}

/**
 * Runs `run` every `intervalMs` on this replica (0: never), never two runs at once here: a run still going when the
 * next is due is not doubled. A run that fails is logged and tried again at the next interval. `stop` waits for
 * a run in progress. The job itself must be safe on several replicas at once.
 */
export class IntervalJob {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly intervalMs: number,
    /** Resolves to what to log about the run, or undefined when it had nothing to do. */
    private readonly run: () => Promise<string | undefined>,
    private readonly logger: IntervalJobLogger,
  ) {}

  start(): void {
    if (this.intervalMs === 0) return;
    this.timer = setInterval(() => {
      this.running ??= this.runOnce().finally(() => (this.running = undefined));
    }, this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async runOnce(): Promise<void> {
    try {
      const outcome = await this.run();
      if (outcome) this.logger.log(outcome);
    } catch (error) {
      this.logger.warn(`Failed, next run in ${this.intervalMs} ms: ${(error as Error).message}`);
    }
  }
}
