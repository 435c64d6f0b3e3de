import {
  localizedTextSchema,
  redemptionStatusSchema,
  rewardKindSchema,
  rewardLimitPeriodSchema,
  rewardNameSchema,
  utcTimestampSchema,
} from '@waystation/contracts';
import { z } from 'zod';
import { nullableTextSchema } from '../common/view-fields';

export const rewardStockViewSchema = z.object({
  stationId: z.uuid(),
  remaining: z.number().int().min(0).nullable().describe('Items left to redeem there; null when unlimited'),
});
export type RewardStockView = z.infer<typeof rewardStockViewSchema>;

export const rewardViewSchema = z.object({
  id: z.uuid(),
  kind: rewardKindSchema,
  name: rewardNameSchema,
  description: localizedTextSchema(2_000).nullable(),
  cost: z.number().int().min(1),
  imageUrl: nullableTextSchema(),
  sessionId: z.uuid().nullable(),
  limit: z.object({ count: z.number().int().min(1), period: rewardLimitPeriodSchema }).nullable(),
  validFrom: utcTimestampSchema.nullable(),
  validUntil: utcTimestampSchema.nullable(),
  withdrawnAt: utcTimestampSchema.nullable(),
  stocks: z.array(rewardStockViewSchema).describe('The stations that hand it out'),
});
export type RewardView = z.infer<typeof rewardViewSchema>;

export const redemptionViewSchema = z.object({
  id: z.uuid(),
  code: z.string().describe('Shown to the station manager, who verifies it'),
  qrPayload: z.string().describe('`waystation:redemption:<code>`, for a QR code'),
  workerId: z.string(),
  reward: z.object({ id: z.uuid(), kind: rewardKindSchema, name: rewardNameSchema, imageUrl: nullableTextSchema() }),
  stationId: z.uuid(),
  cost: z.number().int().min(1),
  status: redemptionStatusSchema,
  placedAt: utcTimestampSchema,
  expiresAt: utcTimestampSchema.describe('Uncollected by then, it expires and the points come back'),
  fulfilledAt: utcTimestampSchema.nullable(),
  endedAt: utcTimestampSchema.nullable().describe('When it was cancelled or expired'),
});
export type RedemptionView = z.infer<typeof redemptionViewSchema>;
