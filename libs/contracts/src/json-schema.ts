import { z } from 'zod';
import { eventMessageName } from './define-event';
import type { AnyEventDefinition } from './catalog';

/**
 * JSON Schema (draft-07, the dialect AsyncAPI schemas build on) of a whole message of one event version.
 * It describes what consumers accept (`io: 'input'`): defaulted fields are optional and unknown fields allowed.
 */
export function eventJsonSchema(definition: AnyEventDefinition): z.core.JSONSchema.JSONSchema {
  return {
    ...z.toJSONSchema(definition.schema, { target: 'draft-07', io: 'input' }),
    title: eventMessageName(definition),
    description: definition.description,
  };
}
