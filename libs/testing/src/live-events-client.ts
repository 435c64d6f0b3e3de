import { createParser, type EventSourceMessage } from 'eventsource-parser';
import type { TestAccount } from './test-account';
import { waitFor } from './wait-for';

/** An open `GET /api/v1/me/events`, read as a client would: every event and the `retry:` hint, as they arrive. */
export interface LiveEventsConnection {
  status: number;
  headers: Record<string, string>;
  /** The problem document of a refused connection; '' for a stream. */
  body: unknown;
  events: EventSourceMessage[];
  retryMs: number | undefined;
  /** Waits until `count` events have arrived (in all), then returns them. */
  waitForEvents(count: number, timeoutMs?: number): Promise<EventSourceMessage[]>;
  close(): void;
}

/** Opens the caller's live stream at `gatewayUrl`, resuming after `lastEventId` (as the header) when given. */
export async function openLiveEvents(
  gatewayUrl: string,
  account?: Pick<TestAccount, 'accessToken'>,
  { lastEventId, query = '' }: { lastEventId?: string; query?: string } = {},
): Promise<LiveEventsConnection> {
  const abort = new AbortController();
  const response = await fetch(`${gatewayUrl}/api/v1/me/events${query}`, {
    headers: {
      accept: 'text/event-stream',
      ...(account ? { authorization: `Bearer ${account.accessToken}` } : {}),
      ...(lastEventId ? { 'last-event-id': lastEventId } : {}),
    },
    signal: abort.signal,
  });
  const connection: LiveEventsConnection = {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: '',
    events: [],
    retryMs: undefined,
    waitForEvents: (count, timeoutMs = 30_000) =>
      waitFor(async () => (connection.events.length >= count ? connection.events : undefined), {
        description: `${count} live events`,
        timeoutMs,
      }),
    close: () => abort.abort(),
  };
  if (!response.headers.get('content-type')?.startsWith('text/event-stream')) {
    connection.body = await response.json();
    return connection;
  }
  const parser = createParser({
    onEvent: (event) => connection.events.push(event),
    onRetry: (milliseconds) => (connection.retryMs = milliseconds),
  });
  void (async () => {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of response.body ?? []) parser.feed(decoder.decode(chunk, { stream: true }));
    } catch {
      // Closed by the test (aborted) or by the server: the events read so far stay.
    }
  })();
  return connection;
}
