import { applyDecorators, Type } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse } from '@nestjs/swagger';

/** Documents a creating POST that honours Idempotency-Key: 201 with the new `noun`, 200 with the first for a retry. */
export function ApiCreation(view: Type, noun: string): MethodDecorator {
  return applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      // As idempotencyKeyFrom enforces it.
      schema: { type: 'string', minLength: 1, maxLength: 200 },
      description: `Retrying with the same key and ${noun} answers 200 with the first ${noun}; the key sent with a different ${noun} is refused with 422 idempotency-key-reused`,
    }),
    ApiCreatedResponse({ type: view, description: `The ${noun}, created` }),
    ApiOkResponse({ type: view, description: `A retry with the same Idempotency-Key: the ${noun} created the first time` }),
  );
}
