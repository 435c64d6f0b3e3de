import { SseParser } from './sse-parser';

describe(SseParser.name, () => {
  let sut: SseParser;

  beforeEach(() => {
    sut = new SseParser();
  });

  it('reads an event with its id, type and data, and the retry delay the gateway sends first', () => {
    const parsed = sut.push('retry: 3000\n\nid: n-1\nevent: notification\ndata: {"id":"n-1"}\n\n');

    expect(parsed).toEqual({ events: [{ id: 'n-1', event: 'notification', data: '{"id":"n-1"}' }], retryMs: 3000 });
    expect(sut.lastEventId).toBe('n-1');
  });

  it('waits for the blank line: an event split across chunks comes out once, whole', () => {
    expect(sut.push('id: n-2\nevent: notif').events).toEqual([]);
    expect(sut.push('ication\ndata: {"a":').events).toEqual([]);

    expect(sut.push('1}\n\n').events).toEqual([{ id: 'n-2', event: 'notification', data: '{"a":1}' }]);
  });

  it('skips heartbeat comments and joins several data lines with a newline', () => {
    const parsed = sut.push(': heartbeat\n\ndata: first\ndata: second\n\n');

    expect(parsed.events).toEqual([{ id: undefined, event: 'message', data: 'first\nsecond' }]);
  });

  it('takes CRLF and CR line ends, even with the CRLF split between chunks', () => {
    expect(sut.push('id: n-3\r\ndata: x\r').events).toEqual([]);

    expect(sut.push('\n\r\ndata: y\r\r\n').events).toEqual([
      { id: 'n-3', event: 'message', data: 'x' },
      { id: 'n-3', event: 'message', data: 'y' },
    ]);
  });

  it('keeps the last id across events without one, and ignores a retry that is not a number', () => {
    sut.push('id: n-4\ndata: a\n\n');

    expect(sut.push('retry: soon\ndata: b\n\n')).toEqual({ events: [{ id: 'n-4', event: 'message', data: 'b' }], retryMs: undefined });
  });
});
