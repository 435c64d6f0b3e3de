import { createZodDto } from 'nestjs-zod';
import { idCursorPageQuerySchema, pageSchemaOf } from '../common/page';
import {
  createRewardSchema,
  placeRedemptionSchema,
  rewardsQuerySchema,
  setRewardStockSchema,
  updateRewardSchema,
  verifyRedemptionSchema,
} from './reward-commands';
import { redemptionViewSchema, rewardStockViewSchema, rewardViewSchema } from './reward-views';

/** Requests and answers of the rewards and redemptions routes, for the gateway (public API, OpenAPI). */
export class CreateRewardDto extends createZodDto(createRewardSchema) {}
export class UpdateRewardDto extends createZodDto(updateRewardSchema) {}
export class SetRewardStockDto extends createZodDto(setRewardStockSchema) {}
export class RewardsQueryDto extends createZodDto(rewardsQuerySchema) {}
export class RewardViewDto extends createZodDto(rewardViewSchema) {}
export class RewardStockViewDto extends createZodDto(rewardStockViewSchema) {}
export class RewardPageDto extends createZodDto(pageSchemaOf(rewardViewSchema.describe('Newest first'))) {}
export class PlaceRedemptionDto extends createZodDto(placeRedemptionSchema) {}
export class VerifyRedemptionDto extends createZodDto(verifyRedemptionSchema) {}
export class RedemptionViewDto extends createZodDto(redemptionViewSchema) {}
export class RedemptionPageDto extends createZodDto(pageSchemaOf(redemptionViewSchema.describe('Newest first'))) {}
export class RedemptionsPageQueryDto extends createZodDto(idCursorPageQuerySchema) {}
