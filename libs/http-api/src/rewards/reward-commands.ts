import {
  localizedTextSchema,
  photoUrlSchema,
  rewardKindSchema,
  rewardLimitPeriodSchema,
  rewardNameSchema,
  utcTimestampSchema,
} from '@waystation/contracts';
import { z } from 'zod';
import { pageQuerySchema } from '../common/page';

const rewardLimitSchema = z.object({
  count: z.number().int().min(1).max(1_000).describe('Redemptions one worker may make'),
  period: rewardLimitPeriodSchema.describe("…per calendar period in the city's time zone"),
});

const rewardFields = {
  name: rewardNameSchema,
  description: localizedTextSchema(2_000).nullable(),
  cost: z.number().int().min(1).max(1_000_000).describe('Points'),
  imageUrl: photoUrlSchema.nullable(),
  sessionId: z.uuid().nullable().describe('For a service reward: the station service session it is a place in (a reference, not checked)'),
  limit: rewardLimitSchema.nullable().describe('Per-worker limit; null for none'),
  validFrom: utcTimestampSchema.nullable().describe('Not redeemable before; null for from now'),
  validUntil: utcTimestampSchema.nullable().describe('Not redeemable from then on; null for no end'),
};

const validWindow = (reward: { validFrom?: string | null; validUntil?: string | null }) =>
  !reward.validFrom || !reward.validUntil || Date.parse(reward.validUntil) > Date.parse(reward.validFrom);
const windowIssue = { message: 'validUntil must be after validFrom', path: ['validUntil'] };

export const createRewardSchema = z
  .object({
    kind: rewardKindSchema,
    ...rewardFields,
    description: rewardFields.description.default(null),
    imageUrl: rewardFields.imageUrl.default(null),
    sessionId: rewardFields.sessionId.default(null),
    limit: rewardFields.limit.default(null),
    validFrom: rewardFields.validFrom.default(null),
    validUntil: rewardFields.validUntil.default(null),
  })
  .refine(validWindow, windowIssue)
  .refine((reward) => reward.kind === 'service' || reward.sessionId === null, {
    message: 'Only a service reward references a session',
    path: ['sessionId'],
  });
export type CreateReward = z.output<typeof createRewardSchema>;

/** The fields to change; null clears an optional one. */
export const updateRewardSchema = z
  .object(rewardFields)
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'Name at least one field to change')
  .refine(validWindow, windowIssue);
export type UpdateReward = z.output<typeof updateRewardSchema>;

export const setRewardStockSchema = z.object({
  remaining: z.number().int().min(0).max(1_000_000).nullable().describe('Items left to redeem at the station; null for unlimited'),
});

export const rewardsQuerySchema = pageQuerySchema.extend({
  cursor: z.uuid().optional(),
  stationId: z.uuid().optional().describe('Only rewards this station hands out'),
});

export const placeRedemptionSchema = z.object({
  rewardId: z.uuid(),
  stationId: z.uuid().describe('Where the worker will collect it: a station holding its stock'),
});
export type PlaceRedemption = z.output<typeof placeRedemptionSchema>;

export const verifyRedemptionSchema = z.object({
  code: z
    .string()
    .trim()
    .max(20)
    .transform((code) => code.replace(/[\s-]/g, '').toUpperCase())
    .pipe(z.string().regex(/^[2-9A-HJ-NP-Z]{8}$/, 'A redemption code is 8 letters and digits, without 0, 1, I or O'))
    .describe('As the worker shows it, or the QR payload without its prefix'),
});
