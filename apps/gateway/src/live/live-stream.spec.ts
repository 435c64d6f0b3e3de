import { NotificationView } from '@waystation/http-api';
import { v7 as uuidv7 } from 'uuid';
import { LiveStream, StreamSink } from './live-stream';

const START = '00000000-0000-0000-0000-000000000000';

const notification = (): NotificationView => ({
  id: uuidv7(),
  kind: 'points.credited',
  title: '积分到账 +5',
  body: '您获得 5 积分。',
  data: {},
  createdAt: new Date().toISOString(),
  readAt: null,
});

/** An inbox that grows; `after` answers as the notifications service's `since` route does. */
class Inbox {
  readonly items: NotificationView[] = [];
  reads = 0;
  private gate: Promise<void> = Promise.resolve();

  add(count = 1): void {
    for (let i = 0; i < count; i++) this.items.push(notification());
  }

  /** Holds every read until the returned function is called. */
  hold(): () => void {
    let release!: () => void;
    this.gate = new Promise((resolve) => (release = resolve));
    return release;
  }

  after = async (after: string, pageSize = 2): Promise<NotificationView[]> => {
    this.reads++;
    const answer = this.items.filter((item) => item.id > after).slice(0, pageSize);
    await this.gate;
    return answer;
  };
}

class RecordingSink implements StreamSink {
  readonly sent: string[] = [];
  endedWith: string | undefined;
  write(frame: NotificationView): void {
    this.sent.push(frame.id);
  }
  end(reason: string): void {
    this.endedWith = reason;
  }
}

const worker = { id: 'worker-1', role: 'worker' as const, scopes: { stations: [], communities: [] } };

describe(LiveStream.name, () => {
  it('sends what came after the resume point in id order, page by page', async () => {
    const inbox = new Inbox();
    inbox.add(5);
    const sink = new RecordingSink();
    const sut = new LiveStream(worker, inbox.items[0].id, 2, inbox.after, sink);

    await sut.wake();

    expect(sink.sent).toEqual(inbox.items.slice(1).map(({ id }) => id));
  });

  it('never sends a notification twice when wake-ups arrive during a catch-up, and misses none of them', async () => {
    const inbox = new Inbox();
    const sink = new RecordingSink();
    const sut = new LiveStream(worker, START, 2, inbox.after, sink);
    inbox.add();
    const release = inbox.hold();

    const first = sut.wake();
    inbox.add();
    void sut.wake();
    void sut.wake();
    release();
    await first;

    expect(sink.sent).toEqual(inbox.items.map(({ id }) => id));
    // The read in flight, then one more for the wake-ups during it (however many), not one per wake-up.
    expect(inbox.reads).toBe(2);
  });

  it('ends the stream when a read fails, and sends nothing after it ended', async () => {
    const sink = new RecordingSink();
    const sut = new LiveStream(worker, START, 2, () => Promise.reject(new Error('notifications answered 503')), sink);

    await sut.wake();
    sut.end('again');

    expect(sink.endedWith).toBe('reading the notifications failed: notifications answered 503');
    expect(sink.sent).toEqual([]);
  });
});
