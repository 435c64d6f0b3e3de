import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Actor } from '@waystation/contracts';
import { lastEventIdHeaderSchema, LiveEventsQueryDto } from '@waystation/http-api';
import { CorrelationId } from '@waystation/platform';
import type { Response } from 'express';
import { Caller } from '../identity/caller.decorator';
import { CallerSession } from '../identity/caller-session.decorator';
import { CallerToken } from '../identity/caller-token.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { RECONNECT_AFTER_MS } from './event-stream-response';
import { LiveStreams, MAX_STREAMS_PER_ACCOUNT } from './live-streams';

@ApiTags('notifications')
@Controller('api/v1/me/events')
export class MyLiveEventsController {
  constructor(private readonly streams: LiveStreams) {}

  @Get()
  @ApiProduces('text/event-stream')
  @ApiHeader({
    name: 'Last-Event-ID',
    required: false,
    schema: { type: 'string', format: 'uuid' },
    description: 'The `id` of the last notification received: the stream first sends every later one, in order (as `lastEventId`)',
  })
  @ApiOkResponse({
    description:
      "Server-sent events, open until the client leaves or the access token expires: the caller's notifications as they arrive, " +
      'each `id: <notification id>`, `event: notification`, `data: <the notification, as in /api/v1/me/notifications>`; ' +
      `without a Last-Event-ID, only those after the connection opened. \`retry: ${RECONNECT_AFTER_MS}\` first, a comment every ` +
      `15 s. At most ${MAX_STREAMS_PER_ACCOUNT} streams per account on one gateway replica (429 too-many-streams)`,
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  @ApiProblems(400, 401)
  async events(
    @Caller() actor: Actor,
    @CallerSession() sessionId: string,
    @CallerToken() callerToken: string,
    @CorrelationId() correlationId: string,
    @Headers('last-event-id') lastEventIdHeader: string | undefined,
    @Query() query: LiveEventsQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const resumeAfter = lastEventIdHeaderSchema.parse({ 'Last-Event-ID': lastEventIdHeader })['Last-Event-ID'] ?? query.lastEventId;
    await this.streams.open({ actor, sessionId, callerToken, correlationId, resumeAfter }, response);
  }
}
