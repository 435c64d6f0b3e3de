import { z } from 'zod';

/** The `Idempotency-Key` header of a creating POST, as the gateway forwards it to the service. */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

const idempotencyKeyHeaderSchema = z.object({ 'Idempotency-Key': z.string().min(1).max(200).optional() });

/** The header's value, checked; a bad one is a validation error naming the header. */
export function idempotencyKeyFrom(header: string | undefined): string | undefined {
  return idempotencyKeyHeaderSchema.parse({ 'Idempotency-Key': header })['Idempotency-Key'];
}
