import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RewardCatalog } from './reward-catalog.service';
import { RewardStock } from './reward-stock.entity';
import { Reward } from './reward.entity';
import { RewardsController } from './rewards.controller';

/** The rewards catalog and its stock per station. */
@Module({
  imports: [TypeOrmModule.forFeature([Reward, RewardStock])],
  controllers: [RewardsController],
  providers: [RewardCatalog],
})
export class RewardsModule {}
