import { NotificationView } from '@waystation/http-api';

/**
 * The text/event-stream frames of a live stream (WHATWG HTML, "Server-sent events"). JSON.stringify escapes
 * every line break, so a notification's JSON is always one `data:` line.
 */
export const sseFrames = {
  /** How long a client waits before reconnecting after the stream ends. */
  retry: (milliseconds: number): string => `retry: ${milliseconds}\n\n`,
  /** A comment: clients ignore it; it keeps proxies from closing an idle connection. */
  comment: (text: string): string => `: ${text}\n\n`,
  /** One notification; its id is what the client sends back as `Last-Event-ID` to resume after it. */
  notification: (view: NotificationView): string => `id: ${view.id}\nevent: notification\ndata: ${JSON.stringify(view)}\n\n`,
};
