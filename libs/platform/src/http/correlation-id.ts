import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { correlationIdSchema } from '@waystation/contracts';
import { v7 as uuidv7 } from 'uuid';

export const CORRELATION_ID_HEADER = 'x-correlation-id';

/** The request's correlation id (assigned by the logging middleware), to stamp on the events it causes. */
export const CorrelationId = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const request = context.switchToHttp().getRequest<{ id: string }>();
  return String(request.id);
});

/** The caller's correlation id when it is a short, well-formed id (see correlationIdSchema), else a fresh one. */
export function correlationIdFrom(header: string | string[] | undefined): string {
  const parsed = correlationIdSchema.safeParse(header);
  return parsed.success ? parsed.data : uuidv7();
}
