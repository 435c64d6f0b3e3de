import { NotificationView } from '@waystation/http-api';
import { sseFrames } from './sse-frames';

const view: NotificationView = {
  id: '0195ae12-2f0e-7c52-9d11-3a7b5e4c8f20',
  kind: 'report.rejected',
  title: '您的随手拍未通过',
  body: '第一行\n第二行',
  data: { reportId: 'r-1' },
  createdAt: '2025-03-19T11:03:01.198Z',
  readAt: null,
};

describe('sseFrames', () => {
  it('writes a notification as one event with its id, the event name and its JSON on a single data line', () => {
    const sut = sseFrames.notification(view);

    expect(sut).toBe(`id: ${view.id}\nevent: notification\ndata: ${JSON.stringify(view)}\n\n`);
    expect(sut.split('\n').filter((line) => line.startsWith('data: '))).toHaveLength(1);
    expect(JSON.parse(sut.split('\n')[2].slice('data: '.length))).toEqual(view);
  });

  it('writes the reconnection hint and comments as the event-stream format spells them', () => {
    expect(sseFrames.retry(3000)).toBe('retry: 3000\n\n');
    expect(sseFrames.comment('heartbeat')).toBe(': heartbeat\n\n');
  });
});
