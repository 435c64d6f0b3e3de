import { setTimeout as sleep } from 'node:timers/promises';
import { v7 as uuidv7 } from 'uuid';
import { gatewayAs } from './gateway-client';
import type { TestAccount } from './test-account';
import { tinyTestPhoto } from './test-photos';

export interface ConfirmManyOptions {
  gatewayUrl: string;
  count: number;
  /** The reporters, taking turns: report i is submitted by workers[i % workers.length]. */
  workers: readonly TestAccount[];
  staff: TestAccount;
  /** The report body every submission sends, with a tiny photo of its own uploaded first (`photoIds`). */
  report: object;
  /** Requests in flight at once (16 by default). */
  concurrency?: number;
  /** How long the whole run may take, outages included (240 s by default). */
  timeoutMs?: number;
  /** Told the number of reports confirmed so far after each confirmation, so a test can time a fault. */
  onConfirmed?: (confirmed: number) => void;
}

export interface ConfirmedReport {
  reportId: string;
  reporter: TestAccount;
}

export interface ConfirmManyResult {
  reports: ConfirmedReport[];
  /** The answers that were tried again, by what they were ("502 upstream-failed", "ECONNREFUSED"), and how often. */
  retried: Record<string, number>;
}

interface Answer {
  status: number;
  body: { id?: string; status?: string; code?: string };
}

const REQUEST_TIMEOUT_MS = 10_000;
const MAX_BACKOFF_MS = 2_000;

/**
 * Submits `count` reports (each with a tiny photo uploaded first) through the gateway and confirms each one, `concurrency` at a time, the way a careful
 * client would through an outage: a request that fails for want of the service (no answer, 5xx, 429) is sent
 * again after a capped backoff until `timeoutMs`; submissions carry an Idempotency-Key so a retry never makes a
 * second report, and a confirmation whose earlier try did land (409 already reviewed) counts once it reads as
 * confirmed. Any other answer fails the run.
 */
export async function confirmMany(options: ConfirmManyOptions): Promise<ConfirmManyResult> {
  const { gatewayUrl, count, workers, staff, report, concurrency = 16, timeoutMs = 240_000, onConfirmed } = options;
  const deadline = Date.now() + timeoutMs;
  const run = uuidv7();
  const confirmed: ConfirmedReport[] = [];
  const retried: Record<string, number> = {};
  const served = (what: string, send: () => PromiseLike<Answer>) =>
    untilServed(deadline, what, send, (problem) => (retried[problem] = (retried[problem] ?? 0) + 1));
  let next = 0;

  const confirmOne = async (index: number): Promise<void> => {
    const worker = workers[index % workers.length];
    const photo = await tinyTestPhoto();
    const uploaded = await served(`uploading the photo of report ${index}`, () =>
      gatewayAs(gatewayUrl, worker)
        .post('/api/v1/report-photos')
        .set('Idempotency-Key', `${run}-${index}-photo`)
        .set('content-type', 'image/jpeg')
        .send(photo)
        .timeout(REQUEST_TIMEOUT_MS),
    );
    expectStatus(uploaded, [200, 201], `uploading the photo of report ${index}`);
    const submitted = await served(`submitting report ${index}`, () =>
      gatewayAs(gatewayUrl, worker)
        .post('/api/v1/reports')
        .set('Idempotency-Key', `${run}-${index}`)
        .send({ ...report, photoIds: [uploaded.body.id] })
        .timeout(REQUEST_TIMEOUT_MS),
    );
    expectStatus(submitted, [200, 201], `submitting report ${index}`);
    const reportId = submitted.body.id as string;
    const review = await served(`confirming report ${reportId}`, () =>
      gatewayAs(gatewayUrl, staff).post(`/api/v1/reports/${reportId}/confirm`).send({}).timeout(REQUEST_TIMEOUT_MS),
    );
    if (review.status === 409 && review.body.code === 'report-already-reviewed') {
      const current = await served(`reading report ${reportId}`, () =>
        gatewayAs(gatewayUrl, worker).get(`/api/v1/reports/${reportId}`).timeout(REQUEST_TIMEOUT_MS),
      );
      if (current.body.status !== 'confirmed') throw new Error(`report ${reportId} was reviewed as ${current.body.status}, not confirmed`);
    } else {
      expectStatus(review, [200], `confirming report ${reportId}`);
    }
    confirmed.push({ reportId, reporter: worker });
    onConfirmed?.(confirmed.length);
  };

  const lane = async (): Promise<void> => {
    while (next < count) await confirmOne(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  return { reports: confirmed, retried };
}

/** Sends a request until it is served (an answer that is neither 5xx nor 429), backing off between tries. */
async function untilServed(
  deadline: number,
  what: string,
  send: () => PromiseLike<Answer>,
  onRetry: (problem: string) => void,
): Promise<Answer> {
  let lastProblem = '';
  for (let attempt = 1; Date.now() < deadline; attempt++) {
    try {
      const answer = await send();
      if (answer.status < 500 && answer.status !== 429) return answer;
      lastProblem = `${answer.status} ${answer.body.code ?? ''}`.trim();
    } catch (error) {
      lastProblem = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    }
    onRetry(lastProblem);
    await sleep(Math.min(MAX_BACKOFF_MS, 100 * 2 ** attempt));
  }
  throw new Error(`Gave up ${what} at the deadline (last: ${lastProblem})`);
}

function expectStatus(answer: Answer, expected: number[], what: string): void {
  if (!expected.includes(answer.status)) throw new Error(`${what} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
}
