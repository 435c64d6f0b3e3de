import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const lastEventIdSchema = z.uuid().describe('The `id` of the last notification the client received: the stream resumes after it');

/** `?lastEventId=`, for clients that cannot set the `Last-Event-ID` header; the header wins when both are sent. */
export const liveEventsQuerySchema = z.object({ lastEventId: lastEventIdSchema.optional() });
export class LiveEventsQueryDto extends createZodDto(liveEventsQuerySchema) {}

/** The `Last-Event-ID` header, validated like the query parameter (and named in a 400 as itself). */
export const lastEventIdHeaderSchema = z.object({ 'Last-Event-ID': lastEventIdSchema.optional() });
