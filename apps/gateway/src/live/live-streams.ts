import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { NOTIFICATIONS_SINCE_MAX, NotificationsRoutes } from '@waystation/http-api';
import type { Response } from 'express';
import { SessionRevocations } from '../identity/sessions/session-revocations';
import { AccessTokens } from '../identity/tokens/access-tokens';
import { Upstreams } from '../upstream/upstreams';
import { EventStreamResponse } from './event-stream-response';
import { TooManyStreamsError } from './live-errors';
import { liveMetrics } from './live-metrics';
import { LiveStream } from './live-stream';

/** Live streams one account may hold open on one replica (a phone and a console or two, not a leak of them). */
export const MAX_STREAMS_PER_ACCOUNT = 5;
const HEARTBEAT_MS = 15_000;
/** Before any notification, "after" this id means "after nothing". */
const BEFORE_EVERYTHING = '00000000-0000-0000-0000-000000000000';

export interface LiveStreamRequest {
  actor: Actor;
  sessionId: string;
  callerToken: string;
  correlationId: string;
  /** The last notification the client received (`Last-Event-ID`); absent on a first connection. */
  resumeAfter: string | undefined;
}

/**
 * This replica's open live streams, by recipient. Every replica hears of every new notification
 * (NotificationWakeUps) and wakes the recipient's streams it holds; each stream then reads what it has not sent
 * from the notifications service, as its caller. A stream lasts while its access token does: at its expiry, or
 * once its session is signed out (checked with each heartbeat), it ends, and the client reconnects with a fresh
 * token and `Last-Event-ID`.
 */
@Injectable()
export class LiveStreams implements BeforeApplicationShutdown {
  private readonly logger = new Logger(LiveStreams.name);
  private readonly byRecipient = new Map<string, Set<LiveStream>>();

  constructor(
    private readonly upstreams: Upstreams,
    private readonly accessTokens: AccessTokens,
    private readonly revocations: SessionRevocations,
  ) {}

  /**
   * Starts the stream: after `resumeAfter`, or on a first connection after the newest notification the recipient
   * has now. Until the headers are sent, a failure is thrown (and answered as problem+json).
   */
  async open(request: LiveStreamRequest, response: Response): Promise<void> {
    const { actor, callerToken, sessionId } = request;
    this.refuseOverLimit(actor);
    const { exp } = await this.accessTokens.verify(callerToken);
    const start = request.resumeAfter ?? (await this.newestNotificationOf(request));
    // Checked again: other connections of the account may have opened while this one waited.
    this.refuseOverLimit(actor);
    const timers: NodeJS.Timeout[] = [];
    const sink = new EventStreamResponse(response, () => {
      timers.forEach(clearTimeout);
      stream.end('the connection closed');
      this.remove(stream);
    });
    const stream = new LiveStream(actor, start, NOTIFICATIONS_SINCE_MAX, (after) => this.notificationsAfter(request, after), sink);
    // The client may have left while the start was looked up; its connection's close has been and gone.
    if (sink.gone) return;
    this.add(stream);
    sink.open();
    timers.push(
      setInterval(() => void this.heartbeat(stream, sink, sessionId), HEARTBEAT_MS),
      setTimeout(() => stream.end('its access token expired'), exp * 1000 - Date.now()),
    );
    await stream.wake();
  }

  /** A new notification for `recipientId`: each of their streams here sends what it has not sent yet. */
  wake(recipientId: string): void {
    for (const stream of this.byRecipient.get(recipientId) ?? []) void stream.wake();
  }

  /** Nest closes the HTTP server only once every connection has ended: the streams end first. */
  beforeApplicationShutdown(): void {
    for (const streams of this.byRecipient.values()) for (const stream of streams) stream.end('the gateway is shutting down');
  }

  private async heartbeat(stream: LiveStream, sink: EventStreamResponse, sessionId: string): Promise<void> {
    try {
      if (await this.revocations.isRevoked(sessionId)) return stream.end('its session was signed out');
      sink.comment('heartbeat');
    } catch (error) {
      stream.end(`the session could not be checked: ${(error as Error).message}`);
    }
  }

  private refuseOverLimit(actor: Actor): void {
    if ((this.byRecipient.get(actor.id)?.size ?? 0) >= MAX_STREAMS_PER_ACCOUNT)
      throw new TooManyStreamsError(MAX_STREAMS_PER_ACCOUNT, HEARTBEAT_MS / 1000);
  }

  private add(stream: LiveStream): void {
    const streams = this.byRecipient.get(stream.actor.id) ?? new Set<LiveStream>();
    streams.add(stream);
    this.byRecipient.set(stream.actor.id, streams);
    liveMetrics.openStreams.inc();
  }

  private remove(stream: LiveStream): void {
    const streams = this.byRecipient.get(stream.actor.id);
    if (!streams?.delete(stream)) return;
    if (streams.size === 0) this.byRecipient.delete(stream.actor.id);
    liveMetrics.openStreams.dec();
  }

  private async newestNotificationOf({ callerToken, correlationId }: LiveStreamRequest): Promise<string> {
    const { body } = await this.upstreams.notifications.call(NotificationsRoutes.inbox, {
      callerToken,
      correlationId,
      query: { limit: 1 },
    });
    return body.items[0]?.id ?? BEFORE_EVERYTHING;
  }

  private async notificationsAfter({ callerToken, correlationId }: LiveStreamRequest, after: string) {
    const query = { after, limit: NOTIFICATIONS_SINCE_MAX };
    return (await this.upstreams.notifications.call(NotificationsRoutes.since, { callerToken, correlationId, query })).body.items;
  }
}
