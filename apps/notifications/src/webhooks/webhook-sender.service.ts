import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { Agent, request } from 'undici';
import { guardedLookup } from './webhook-address-guard';
import { webhookUrlProblem } from './webhook-url-policy';
import { WEBHOOK_SETTINGS, WebhookSettings } from './webhook-settings';

/** What one attempt came to: the endpoint's status, or why there was none. */
export interface AttemptOutcome {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/**
 * POSTs one delivery, never following a redirect, within the attempt's time limit; never throws. The URL is judged
 * again and its host name's addresses at the moment of connecting, so a setting or a DNS answer that changed since
 * the endpoint was registered cannot send a delivery inside the network.
 */
@Injectable()
export class WebhookSender implements OnModuleDestroy {
  private readonly dispatcher: Agent;

  constructor(@Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings) {
    this.dispatcher = new Agent({ connect: { lookup: guardedLookup(settings.allowLoopback) } });
  }

  async post(url: string, headers: Record<string, string>, body: string): Promise<AttemptOutcome> {
    const started = performance.now();
    const durationMs = () => Math.round(performance.now() - started);
    const refused = webhookUrlProblem(url, this.settings.allowLoopback);
    if (refused) return { statusCode: null, error: refused, durationMs: durationMs() };
    try {
      const response = await request(url, {
        dispatcher: this.dispatcher,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Waystation-Webhooks/1', ...headers },
        body,
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
      // The answer's body is not kept: read a little of it, then let the connection go.
      await response.body.dump();
      return { statusCode: response.statusCode, error: null, durationMs: durationMs() };
    } catch (error) {
      return { statusCode: null, error: this.describe(error), durationMs: durationMs() };
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.dispatcher.close();
  }

  private describe(error: unknown): string {
    if ((error as Error).name === 'TimeoutError') return `No answer within ${this.settings.timeoutMs} ms`;
    const cause = (error as { cause?: { code?: string } }).cause;
    const code = (error as { code?: string }).code ?? cause?.code;
    return `${code ? `${code}: ` : ''}${(error as Error).message}`.slice(0, 500);
  }
}
