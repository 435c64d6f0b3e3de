import { z } from 'zod';
import { entityIdSchema } from './entity-id.schema';

/** What a redemption that ended without a hand-over says about its refund (a reversal posting, never an edit). */
export const redemptionRefundPayloadSchema = z.object({
  redemptionId: entityIdSchema,
  workerId: entityIdSchema,
  rewardId: entityIdSchema,
  stationId: entityIdSchema,
  refundedPoints: z.number().int().positive(),
  refundTransactionId: entityIdSchema.describe('The reversal posting that gave the points back'),
  balanceAfter: z.number().int().min(0).describe("The worker's balance after the refund"),
});
