import { DeadlineExceededError, withDeadline } from './deadline-exceeded.error';

describe(withDeadline.name, () => {
  it('gives back what the work resolves to within the deadline', async () => {
    await expect(withDeadline('the sum', 1_000, Promise.resolve(42))).resolves.toBe(42);
  });

  it("passes the work's own failure on", async () => {
    await expect(withDeadline('the sum', 1_000, Promise.reject(new RangeError('negative')))).rejects.toThrow(RangeError);
  });

  it('rejects with DeadlineExceededError, naming the work, when the work is still running at the deadline', async () => {
    const stuck = new Promise(() => undefined);

    const failure = withDeadline('the report.confirmed handler', 20, stuck);

    await expect(failure).rejects.toThrow(DeadlineExceededError);
    await expect(failure).rejects.toThrow('the report.confirmed handler did not finish within 20 ms');
  });
});
