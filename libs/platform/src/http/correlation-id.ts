import { createParamDecorator, ExecutionContext } from '@nestjs/common';

export const CORRELATION_ID_HEADER = 'x-correlation-id';

/** The request's correlation id (assigned by the logging middleware), to stamp on the events it causes. */
export const CorrelationId = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const request = context.switchToHttp().getRequest<{ id: string }>();
  return String(request.id);
});
