import { ApiParam } from '@nestjs/swagger';

/** Documents the `{id}` of a path as what ParseUUIDPipe accepts: a UUID. */
export const ApiIdParam = (noun: string): MethodDecorator =>
  ApiParam({ name: 'id', description: `The ${noun}'s id`, schema: { type: 'string', format: 'uuid' } });
