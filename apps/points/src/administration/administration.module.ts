import { Module } from '@nestjs/common';
import { LedgerModule } from '../ledger/ledger.module';
import { CommunityBudgetsController } from './community-budgets.controller';
import { CommunityBudgets } from './community-budgets.service';
import { EarningRuleChanges } from './earning-rule-changes.service';
import { EarningRulesController } from './earning-rules.controller';
import { PointAdjustmentsController } from './point-adjustments.controller';
import { PointAdjustments } from './point-adjustments.service';

/** The city office's side of points: earning rule versions, community budgets, manual adjustments. */
@Module({
  imports: [LedgerModule],
  controllers: [EarningRulesController, CommunityBudgetsController, PointAdjustmentsController],
  providers: [EarningRuleChanges, CommunityBudgets, PointAdjustments],
})
export class AdministrationModule {}
