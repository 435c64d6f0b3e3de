import { actorSchema } from '@waystation/contracts';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { v7 as uuidv7 } from 'uuid';
import { confirmMany } from './confirm-many';

/**
 * A stand-in for the gateway that fails the way an outage does: each submission's first try answers 503, and
 * each confirmation's first try lands but its answer is lost (502), so the retry meets 409 already reviewed.
 */
class FlakyGateway {
  readonly reportsByKey = new Map<string, string>();
  readonly confirmed = new Set<string>();
  private readonly tried = new Set<string>();
  private server: Server | undefined;
  rejectSubmissions = false;

  async start(): Promise<string> {
    this.server = createServer((request, response) => void this.answer(request, response));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    for await (const _chunk of request);
    const reply = (status: number, body: object): void => {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    const firstTry = (what: string) => {
      if (this.tried.has(what)) return false;
      this.tried.add(what);
      return true;
    };
    if (request.method === 'POST' && request.url === '/api/v1/report-photos') return reply(201, { id: uuidv7() });
    const [, reportId, action] = /^\/api\/v1\/reports(?:\/([^/]+)(?:\/(confirm))?)?$/.exec(request.url ?? '') ?? [];
    if (request.method === 'POST' && !reportId) {
      if (this.rejectSubmissions) return reply(400, { code: 'bad-request' });
      const key = String(request.headers['idempotency-key']);
      if (firstTry(`submit ${key}`)) return reply(503, { code: 'service-unavailable' });
      const known = this.reportsByKey.get(key);
      if (known) return reply(200, { id: known, status: 'submitted' });
      const id = uuidv7();
      this.reportsByKey.set(key, id);
      return reply(201, { id, status: 'submitted' });
    }
    if (request.method === 'POST' && action === 'confirm') {
      if (this.confirmed.has(reportId)) return reply(409, { code: 'report-already-reviewed' });
      this.confirmed.add(reportId);
      return firstTry(`confirm ${reportId}`) ? reply(502, { code: 'upstream-failed' }) : reply(200, { id: reportId, status: 'confirmed' });
    }
    if (request.method === 'GET' && reportId)
      return reply(200, { id: reportId, status: this.confirmed.has(reportId) ? 'confirmed' : 'submitted' });
    return reply(404, { code: 'not-found' });
  }
}

describe(confirmMany.name, () => {
  const gateway = new FlakyGateway();
  let gatewayUrl: string;
  const account = (id: string, role: 'worker' | 'community-staff') => ({
    actor: actorSchema.parse({ id, role }),
    accessToken: `token-${id}`,
    refreshToken: `refresh-${id}`,
  });
  const workers = [account('worker-a', 'worker'), account('worker-b', 'worker')];
  const staff = account('staff-a', 'community-staff');

  beforeAll(async () => {
    gatewayUrl = await gateway.start();
  });

  afterAll(() => gateway.stop());

  it('confirms every report once through retried submissions and confirmations whose answer was lost', async () => {
    const progress: number[] = [];

    const { reports: confirmed, retried } = await confirmMany({
      gatewayUrl,
      count: 5,
      workers,
      staff,
      report: {},
      concurrency: 2,
      onConfirmed: (n) => progress.push(n),
    });

    expect(confirmed).toHaveLength(5);
    expect(new Set(confirmed.map((report) => report.reportId)).size).toBe(5);
    expect(gateway.reportsByKey.size).toBe(5);
    expect([...gateway.confirmed].sort()).toEqual(confirmed.map((report) => report.reportId).sort());
    expect(confirmed.filter((report) => report.reporter.actor.id === 'worker-a')).toHaveLength(3);
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    expect(retried).toEqual({ '503 service-unavailable': 5, '502 upstream-failed': 5 });
  });

  it('fails the run on an answer no retry can change, naming it', async () => {
    gateway.rejectSubmissions = true;

    await expect(confirmMany({ gatewayUrl, count: 1, workers, staff, report: {} })).rejects.toThrow('submitting report 0 answered 400');
  });
});
