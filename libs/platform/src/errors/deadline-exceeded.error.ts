/**
 * An operation ran past the deadline its caller gave it (an event handler, say). What it was doing may still
 * finish on its own; the caller stops waiting and treats the dependency it waits for as unavailable.
 */
export class DeadlineExceededError extends Error {
  override readonly name = 'DeadlineExceededError';

  constructor(what: string, deadlineMs: number) {
    super(`${what} did not finish within ${deadlineMs} ms`);
  }
}

/** Resolves or rejects as `work` does, or rejects with DeadlineExceededError after `deadlineMs`. */
export async function withDeadline<T>(what: string, deadlineMs: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceededError(what, deadlineMs)), deadlineMs);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
