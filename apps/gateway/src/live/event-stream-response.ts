import { NotificationView } from '@waystation/http-api';
import type { Response } from 'express';
import { StreamSink } from './live-stream';
import { sseFrames } from './sse-frames';

/** A client that has this much unread in its connection is not reading: its stream ends, and it resumes later. */
const MAX_UNREAD_BYTES = 1024 * 1024;

/** How long a client waits before reconnecting after its stream ended (the event stream's `retry:`). */
export const RECONNECT_AFTER_MS = 3_000;

/**
 * An HTTP response as a text/event-stream: the headers and the reconnection hint at once, then frames as they
 * come. `onEnd` runs once, however the stream ends (by the server, or the client closing the connection).
 */
export class EventStreamResponse implements StreamSink {
  constructor(
    private readonly response: Response,
    onEnd: () => void,
  ) {
    response.once('close', onEnd);
  }

  open(): void {
    this.response.status(200);
    this.response.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    // Neither a cache nor a proxy may hold the stream back (X-Accel-Buffering: nginx, as the ingress runs it).
    this.response.setHeader('Cache-Control', 'no-cache, no-transform');
    this.response.setHeader('X-Accel-Buffering', 'no');
    this.response.flushHeaders();
    this.response.write(sseFrames.retry(RECONNECT_AFTER_MS));
  }

  write(notification: NotificationView): void {
    this.send(sseFrames.notification(notification));
  }

  comment(text: string): void {
    this.send(sseFrames.comment(text));
  }

  /** Says why in a last comment (for whoever debugs a client), then ends the response. */
  end(reason: string): void {
    this.send(sseFrames.comment(`ended: ${reason}`));
    this.response.end();
  }

  /** The client went away (or its stream ended): nothing more can reach it. */
  get gone(): boolean {
    return this.response.writableEnded || this.response.destroyed;
  }

  private send(frame: string): void {
    if (this.gone) return;
    this.response.write(frame);
    if (this.response.writableLength > MAX_UNREAD_BYTES) this.end('the client is not reading');
  }
}
