import { Inject, Injectable } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { request } from 'undici';
import { WEBHOOK_SETTINGS, WebhookSettings } from './webhook-settings';

/** What one attempt came to: the endpoint's status, or why there was none. */
export interface AttemptOutcome {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** POSTs one delivery, never following a redirect, within the attempt's time limit; never throws. */
@Injectable()
export class WebhookSender {
  constructor(@Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings) {}

  async post(url: string, headers: Record<string, string>, body: string): Promise<AttemptOutcome> {
    const started = performance.now();
    const durationMs = () => Math.round(performance.now() - started);
    try {
      const response = await request(url, {
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

  private describe(error: unknown): string {
    if ((error as Error).name === 'TimeoutError') return `No answer within ${this.settings.timeoutMs} ms`;
    const cause = (error as { cause?: { code?: string } }).cause;
    const code = (error as { code?: string }).code ?? cause?.code;
    return `${code ? `${code}: ` : ''}${(error as Error).message}`.slice(0, 500);
  }
}
