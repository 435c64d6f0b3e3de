/**
 * Gathers the calls that arrive while a batch is being processed and processes them together next: a call on
 * its own when load is light, batches that grow with the load when it is heavy (as a database's group commit
 * does). So a burst of small writes costs a few transactions instead of one each, and a lone call waits for
 * nothing.
 *
 * `processBatch` settles each item on its own, in order. If it throws for a batch of several items, they are
 * processed again one at a time, so one bad item cannot fail the others.
 */
export class MicroBatcher<Item, Result> {
  private readonly queue: Pending<Item, Result>[] = [];
  private processing = false;

  constructor(
    private readonly processBatch: (items: Item[]) => Promise<PromiseSettledResult<Result>[]>,
    private readonly maxBatchSize = 256,
  ) {}

  submit(item: Item): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.processing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.processing = true;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatchSize);
      try {
        this.settle(batch, await this.processBatch(batch.map((pending) => pending.item)));
      } catch (error) {
        if (batch.length === 1) batch[0].reject(error);
        else for (const pending of batch) await this.processAlone(pending);
      }
    }
    this.processing = false;
  }

  private async processAlone(pending: Pending<Item, Result>): Promise<void> {
    try {
      this.settle([pending], await this.processBatch([pending.item]));
    } catch (error) {
      pending.reject(error);
    }
  }

  private settle(batch: Pending<Item, Result>[], results: PromiseSettledResult<Result>[]): void {
    batch.forEach((pending, index) => {
      const result = results[index];
      if (result?.status === 'fulfilled') pending.resolve(result.value);
      else pending.reject(result ? result.reason : new Error('the batch returned no result for this item'));
    });
  }
}

interface Pending<Item, Result> {
  item: Item;
  resolve: (result: Result) => void;
  reject: (reason: unknown) => void;
}
