import { api } from '../api/api-client';
import { reconnectDelay } from './reconnect-delay';
import { type ServerSentEvent, SseParser } from './sse-parser';

/** Until the gateway's first `retry:` says otherwise (docs/live-updates.md). */
const DEFAULT_RETRY_MS = 3_000;

/**
 * Follows the caller's live events (`GET /api/v1/me/events`) until `signal` aborts. A fetch, not `EventSource`,
 * since only a fetch sends the bearer token (renewed by the API client's middleware before each connection);
 * a dropped or ended stream reconnects with `Last-Event-ID`, so nothing is missed or heard twice, waiting
 * longer after each failure in a row.
 */
export async function followLiveEvents(onEvent: (event: ServerSentEvent) => void, signal: AbortSignal): Promise<void> {
  let lastEventId: string | undefined;
  let retryMs = DEFAULT_RETRY_MS;
  let failures = 0;
  while (!signal.aborted) {
    const parser = new SseParser();
    try {
      const { response } = await api.GET('/api/v1/me/events', {
        parseAs: 'stream',
        signal,
        headers: lastEventId ? { 'last-event-id': lastEventId } : {},
      });
      if (!response.ok || !response.body) throw new Error(`live events answered ${response.status}`);
      failures = 0;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        const parsed = parser.push(chunk.value);
        retryMs = parsed.retryMs ?? retryMs;
        lastEventId = parser.lastEventId ?? lastEventId;
        parsed.events.forEach(onEvent);
      }
    } catch {
      if (signal.aborted) return;
      failures++;
    }
    await pause(reconnectDelay(failures, retryMs), signal);
  }
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}
