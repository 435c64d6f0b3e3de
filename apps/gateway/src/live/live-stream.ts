import { Actor } from '@waystation/contracts';
import { NotificationView } from '@waystation/http-api';

/** Where a stream's frames go (the HTTP response), and how it is ended. */
export interface StreamSink {
  write(frame: NotificationView): void;
  end(reason: string): void;
}

/** Reads the recipient's notifications after `after`, oldest first, at most `pageSize`. */
export type NotificationsAfter = (after: string) => Promise<NotificationView[]>;

/**
 * One open `GET /api/v1/me/events` connection: it sends the recipient's notifications after the last one it
 * sent, in id order. Catch-ups never overlap: a wake-up during one only asks for another after it, so nothing
 * is sent twice and nothing that committed before the wake-up is left behind. A read that fails ends the
 * stream; the client reconnects with `Last-Event-ID` and resumes where it was.
 */
export class LiveStream {
  private catchingUp: Promise<void> | undefined;
  private wokenMeanwhile = false;
  private ended = false;

  constructor(
    readonly actor: Actor,
    private lastSentId: string,
    private readonly pageSize: number,
    private readonly notificationsAfter: NotificationsAfter,
    private readonly sink: StreamSink,
  ) {}

  /** Sends whatever is new; resolves when this catch-up (and any asked for during it) is done. */
  wake(): Promise<void> {
    if (this.catchingUp) {
      this.wokenMeanwhile = true;
      return this.catchingUp;
    }
    this.catchingUp = this.catchUp().finally(() => (this.catchingUp = undefined));
    return this.catchingUp;
  }

  end(reason: string): void {
    if (this.ended) return;
    this.ended = true;
    this.sink.end(reason);
  }

  private async catchUp(): Promise<void> {
    try {
      do {
        this.wokenMeanwhile = false;
        let page: NotificationView[];
        do {
          page = await this.notificationsAfter(this.lastSentId);
          for (const notification of page) {
            if (this.ended) return;
            this.sink.write(notification);
            this.lastSentId = notification.id;
          }
        } while (page.length === this.pageSize);
      } while (this.wokenMeanwhile && !this.ended);
    } catch (error) {
      this.end(`reading the notifications failed: ${(error as Error).message}`);
    }
  }
}
