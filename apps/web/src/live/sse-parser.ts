/** One server-sent event as the stream delivered it (WHATWG HTML, "Interpreting an event stream"). */
export interface ServerSentEvent {
  id: string | undefined;
  event: string;
  data: string;
}

/** What a chunk of the stream yielded: its complete events and, when the server sent one, a new `retry:` delay. */
export interface ParsedChunk {
  events: ServerSentEvent[];
  retryMs: number | undefined;
}

/**
 * Reads a `text/event-stream` chunk by chunk: lines may be split across chunks, end in LF, CR or CRLF; comments
 * (`: heartbeat`) are skipped; an event is dispatched at its blank line, never half-read.
 */
export class SseParser {
  private buffer = '';
  private data: string[] = [];
  private event = '';
  private id: string | undefined;
  private hasFields = false;
  /** The last `id:` the stream set, carried over events without one, for `Last-Event-ID` on reconnect. */
  lastEventId: string | undefined;

  push(chunk: string): ParsedChunk {
    this.buffer += chunk;
    const result: ParsedChunk = { events: [], retryMs: undefined };
    for (let end = this.lineEnd(); end !== -1; end = this.lineEnd()) {
      const line = this.buffer.slice(0, end);
      const crlf = this.buffer[end] === '\r' && this.buffer[end + 1] === '\n';
      this.buffer = this.buffer.slice(end + (crlf ? 2 : 1));
      this.line(line, result);
    }
    return result;
  }

  /** A lone CR at the end of a chunk may be the first half of CRLF: wait for the next chunk to tell. */
  private lineEnd(): number {
    const end = this.buffer.search(/[\r\n]/);
    return end !== -1 && this.buffer[end] === '\r' && end === this.buffer.length - 1 ? -1 : end;
  }

  private line(line: string, result: ParsedChunk): void {
    if (line === '') return this.dispatch(result);
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + (line[colon + 1] === ' ' ? 2 : 1));
    switch (field) {
      case 'data':
        this.data.push(value);
        this.hasFields = true;
        break;
      case 'event':
        this.event = value;
        this.hasFields = true;
        break;
      case 'id':
        if (!value.includes('\0')) {
          this.id = value;
          this.lastEventId = value;
        }
        break;
      case 'retry':
        if (/^\d+$/.test(value)) result.retryMs = Number(value);
        break;
    }
  }

  private dispatch(result: ParsedChunk): void {
    if (this.hasFields) result.events.push({ id: this.id ?? this.lastEventId, event: this.event || 'message', data: this.data.join('\n') });
    this.data = [];
    this.event = '';
    this.id = undefined;
    this.hasFields = false;
  }
}
