import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';

/** How far a delivery's timestamp may be from the receiver's clock (docs/departments.md, "Webhooks"). */
const REPLAY_WINDOW_SECONDS = 5 * 60;

/** An event as a receiver keeps it: the first accepted delivery of each Waystation-Webhook-Id. */
export interface ReceivedEvent {
  eventId: string;
  type: string;
  payload: Record<string, unknown>;
}

/**
 * A department's webhook receiver on 127.0.0.1, as docs/departments.md tells departments to write one: it verifies
 * each delivery's signature and timestamp over the raw body, answers 500 to the first `failures` attempts at each
 * delivery, and keeps each delivery id once however often it comes.
 */
export class WebhookTestReceiver {
  /** The endpoint's signing secret, as its registration (or rotation) answered it. */
  secret = '';
  /** The receiver's clock: a spec that moves the dispatcher's clock moves this one with it. */
  now: () => Date = () => new Date();
  failures = 0;
  readonly attemptsById = new Map<string, number>();
  readonly accepted = new Map<string, ReceivedEvent>();
  /** Why each refused delivery was refused: none should be. */
  readonly refused: string[] = [];
  private readonly server: Server;

  constructor() {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const problem = this.verify(request.headers, body);
        if (problem) {
          this.refused.push(problem);
          return response.writeHead(400).end(problem);
        }
        const id = String(request.headers['waystation-webhook-id']);
        const attempts = (this.attemptsById.get(id) ?? 0) + 1;
        this.attemptsById.set(id, attempts);
        if (attempts <= this.failures) return response.writeHead(500).end('not yet');
        const event = JSON.parse(body) as { id: string; type: string; payload: Record<string, unknown> };
        if (!this.accepted.has(id)) this.accepted.set(id, { eventId: event.id, type: event.type, payload: event.payload });
        response.writeHead(204).end();
      });
    });
  }

  /** Listens on a free port of 127.0.0.1; resolves to the URL to register. */
  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/waystation`;
  }

  async stop(): Promise<void> {
    if (!this.server.listening) return;
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  /** The events accepted, each once. */
  events(): ReceivedEvent[] {
    return [...this.accepted.values()];
  }

  private verify(headers: IncomingHttpHeaders, body: string): string | undefined {
    const timestamp = Number(headers['waystation-webhook-timestamp']);
    if (!Number.isInteger(timestamp) || Math.abs(this.now().getTime() / 1000 - timestamp) > REPLAY_WINDOW_SECONDS) {
      return 'stale timestamp';
    }
    const expected = Buffer.from(`v1=${createHmac('sha256', this.secret).update(`${timestamp}.${body}`).digest('hex')}`);
    const given = Buffer.from(String(headers['waystation-webhook-signature'] ?? ''));
    return given.length === expected.length && timingSafeEqual(given, expected) ? undefined : 'bad signature';
  }
}
