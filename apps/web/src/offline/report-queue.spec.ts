import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { ApiProblem } from '../api/api-problem';
import { type CapturedReport, openQueueDatabase, ReportQueue, type ReportSender, type ReportView, type SubmitReport } from './report-queue';

/** A gateway that keeps what it was sent, created once per key, and can be switched off like the phone's signal. */
class FakeGateway implements ReportSender {
  reachable = true;
  refuseWith: ApiProblem | null = null;
  readonly photos = new Map<string, Blob>();
  readonly reports = new Map<string, SubmitReport & { id: string }>();

  async uploadPhoto(photo: Blob, idempotencyKey: string): Promise<string> {
    if (!this.reachable) throw new TypeError('Failed to fetch');
    this.photos.set(idempotencyKey, photo);
    return `photo-of-${idempotencyKey}`;
  }

  async submitReport(report: SubmitReport, idempotencyKey: string): Promise<ReportView> {
    if (!this.reachable) throw new TypeError('Failed to fetch');
    if (this.refuseWith) throw this.refuseWith;
    const created = this.reports.get(idempotencyKey) ?? { ...report, id: `report-${this.reports.size + 1}` };
    this.reports.set(idempotencyKey, created);
    return { id: created.id } as ReportView;
  }
}

const WORKER = 'worker-1';

const captured = (capturedAt: string, reporterId = WORKER): CapturedReport => ({
  reporterId,
  idempotencyKey: randomUUID(),
  capturedAt,
  report: {
    category: 'overflowing-bins',
    description: '垃圾桶满溢',
    location: { lat: 30.35, lng: 114.29, accuracyMeters: 12 },
    answers: {},
  },
  photos: [new Blob(['jpeg bytes'], { type: 'image/jpeg' }), new Blob(['more bytes'], { type: 'image/jpeg' })],
});

describe('the reports kept on the device until the gateway has them', () => {
  let gateway: FakeGateway;
  let queue: ReportQueue;

  beforeEach(() => {
    gateway = new FakeGateway();
    const name = `queue-${randomUUID()}`;
    queue = new ReportQueue(() => openQueueDatabase(name), gateway);
  });

  it('keeps a report captured without signal, with its photos, and sends it once the signal is back', async () => {
    gateway.reachable = false;
    const report = captured('2026-12-03T06:00:00.000Z');
    await queue.capture(report);

    expect('kept' in (await queue.send(report.idempotencyKey))).toBe(true);
    const waiting = await queue.entries(WORKER);
    expect(waiting).toEqual([expect.objectContaining({ idempotencyKey: report.idempotencyKey, refusal: null })]);
    expect(waiting[0].photos).toHaveLength(2);

    gateway.reachable = true;
    await queue.flush(WORKER);
    expect(await queue.entries(WORKER)).toEqual([]);
    expect([...gateway.reports.keys()]).toEqual([report.idempotencyKey]);
    expect(gateway.reports.get(report.idempotencyKey)).toMatchObject({
      capturedAt: '2026-12-03T06:00:00.000Z',
      photoIds: [`photo-of-${report.idempotencyKey}.photo-0`, `photo-of-${report.idempotencyKey}.photo-1`],
    });
  });

  it('sends a report under the key it was captured with, so a retry after a lost answer creates it once', async () => {
    const report = captured('2026-12-03T06:00:00.000Z');
    await queue.capture(report);
    const [first, second] = await Promise.all([queue.send(report.idempotencyKey), queue.flush(WORKER).then(() => queue.entries(WORKER))]);

    expect(first).toEqual({ sent: { id: 'report-1' } });
    expect(second).toEqual([]);
    expect(gateway.reports.size).toBe(1);
  });

  it('sends the waiting reports in the order they were captured', async () => {
    const later = captured('2026-12-03T07:00:00.000Z');
    const earlier = captured('2026-12-03T06:00:00.000Z');
    gateway.reachable = false;
    await queue.capture(later);
    await queue.capture(earlier);
    gateway.reachable = true;

    await queue.flush(WORKER);
    expect([...gateway.reports.keys()]).toEqual([earlier.idempotencyKey, later.idempotencyKey]);
  });

  it("lists and sends only the signed-in worker's reports, leaving another worker's on the device for them", async () => {
    const mine = captured('2026-12-03T07:00:00.000Z');
    const theirs = captured('2026-12-03T06:00:00.000Z', 'worker-2');
    await queue.capture(mine);
    await queue.capture(theirs);

    expect((await queue.entries(WORKER)).map((entry) => entry.idempotencyKey)).toEqual([mine.idempotencyKey]);
    await queue.flush(WORKER);

    expect([...gateway.reports.keys()]).toEqual([mine.idempotencyKey]);
    expect((await queue.entries('worker-2')).map((entry) => entry.idempotencyKey)).toEqual([theirs.idempotencyKey]);
  });

  it('keeps a report the gateway could not take for now (signed out, too many, its own failure)', async () => {
    const report = captured('2026-12-03T06:00:00.000Z');
    await queue.capture(report);
    for (const status of [401, 429, 503]) {
      gateway.refuseWith = new ApiProblem(status, 'try-later', '');
      expect('kept' in (await queue.send(report.idempotencyKey))).toBe(true);
    }
    expect(await queue.entries(WORKER)).toEqual([expect.objectContaining({ refusal: null })]);
  });

  it('stops sending a report refused for good, and keeps it without its photos so the worker reads why', async () => {
    const report = captured('2026-12-03T06:00:00.000Z');
    await queue.capture(report);
    gateway.refuseWith = new ApiProblem(400, 'validation-failed', 'capturedAt is too old');

    const outcome = await queue.send(report.idempotencyKey);
    expect(outcome).toEqual({ refused: gateway.refuseWith });
    expect(await queue.entries(WORKER)).toEqual([
      expect.objectContaining({ idempotencyKey: report.idempotencyKey, photos: [], refusal: { status: 400, code: 'validation-failed' } }),
    ]);

    gateway.refuseWith = null;
    await queue.flush(WORKER);
    expect(gateway.reports.size).toBe(0);
    await queue.dismiss(report.idempotencyKey);
    expect(await queue.entries(WORKER)).toEqual([]);
  });

  it('tells its listeners when the reports on the device change', async () => {
    const listener = jest.fn();
    const stop = queue.subscribe(listener);
    const report = captured('2026-12-03T06:00:00.000Z');
    await queue.capture(report);
    await queue.send(report.idempotencyKey);
    expect(listener).toHaveBeenCalledTimes(2);

    stop();
    await queue.capture(captured('2026-12-03T07:00:00.000Z'));
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
