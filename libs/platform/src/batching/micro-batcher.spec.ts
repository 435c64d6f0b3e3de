import { MicroBatcher } from './micro-batcher';

/** A batch processor that records its batches and waits until the test lets the current one finish. */
function gatedProcessor() {
  const batches: number[][] = [];
  const gates: (() => void)[] = [];
  const process = async (items: number[]): Promise<PromiseSettledResult<number>[]> => {
    batches.push(items);
    await new Promise<void>((resolve) => gates.push(resolve));
    if (items.includes(13) && items.length > 1) throw new Error('the batch failed');
    return items.map((item) =>
      item < 0 ? { status: 'rejected', reason: new Error(`${item} is negative`) } : { status: 'fulfilled', value: item * 10 },
    );
  };
  const openNextGate = async () => {
    while (gates.length === 0) await new Promise((resolve) => setImmediate(resolve));
    gates.shift()?.();
  };
  return { batches, process, openNextGate };
}

describe(MicroBatcher.name, () => {
  it('processes a lone call at once, on its own', async () => {
    const { batches, process, openNextGate } = gatedProcessor();
    const batcher = new MicroBatcher(process);

    const result = batcher.submit(1);
    await openNextGate();

    await expect(result).resolves.toBe(10);
    expect(batches).toEqual([[1]]);
  });

  it('gathers the calls that arrive during a batch into the next one, in order', async () => {
    const { batches, process, openNextGate } = gatedProcessor();
    const batcher = new MicroBatcher(process);

    const results = [batcher.submit(1), batcher.submit(2), batcher.submit(3), batcher.submit(4)];
    await openNextGate();
    await openNextGate();

    await expect(Promise.all(results)).resolves.toEqual([10, 20, 30, 40]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('settles each call with its own outcome', async () => {
    const { process, openNextGate } = gatedProcessor();
    const batcher = new MicroBatcher(process);

    const results = [batcher.submit(1), batcher.submit(-2), batcher.submit(3)].map((result) =>
      result.catch((error: Error) => error.message),
    );
    await openNextGate();
    await openNextGate();

    await expect(Promise.all(results)).resolves.toEqual([10, '-2 is negative', 30]);
  });

  it('retries the items of a batch that threw one at a time, so only the bad one fails', async () => {
    const { batches, process, openNextGate } = gatedProcessor();
    const batcher = new MicroBatcher(process);

    const first = batcher.submit(1);
    const results = [batcher.submit(2), batcher.submit(13), batcher.submit(4)].map((result) =>
      result.catch((error: Error) => error.message),
    );
    for (let gate = 0; gate < 5; gate++) await openNextGate();

    await expect(first).resolves.toBe(10);
    await expect(Promise.all(results)).resolves.toEqual([20, 130, 40]);
    expect(batches).toEqual([[1], [2, 13, 4], [2], [13], [4]]);
  });

  it('splits a queue longer than the largest batch', async () => {
    const { batches, process, openNextGate } = gatedProcessor();
    const batcher = new MicroBatcher(process, 2);

    const results = [1, 2, 3, 4, 5].map((item) => batcher.submit(item));
    for (let gate = 0; gate < 3; gate++) await openNextGate();

    await expect(Promise.all(results)).resolves.toEqual([10, 20, 30, 40, 50]);
    expect(batches).toEqual([[1], [2, 3], [4, 5]]);
  });
});
