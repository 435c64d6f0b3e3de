import { z } from 'zod';
import { localizedTextSchema } from './localized-text.schema';

/** A gift handed over at a station, or a service (e.g. a place in a station's service session). */
export const rewardKindSchema = z.enum(['gift', 'service']);
export type RewardKind = z.infer<typeof rewardKindSchema>;

/** A reward's name in zh-CN and en, as the city office writes it. */
export const rewardNameSchema = localizedTextSchema(100);
export type RewardName = z.infer<typeof rewardNameSchema>;

/** The calendar period (in the city's time zone) a per-worker redemption limit counts in. */
export const rewardLimitPeriodSchema = z.enum(['day', 'week', 'month', 'year']);
export type RewardLimitPeriod = z.infer<typeof rewardLimitPeriodSchema>;

/** Where a redemption is: waiting at the station, handed over, or ended with a refund. */
export const redemptionStatusSchema = z.enum(['placed', 'fulfilled', 'cancelled', 'expired']);
export type RedemptionStatus = z.infer<typeof redemptionStatusSchema>;
