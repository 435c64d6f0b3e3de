import { CreateLedger1764400002000 } from './1764400002000-create-ledger';
import { AddCreditKey1764400002001 } from './1764400002001-add-credit-key';
import { AccountKindsAndCachedBalances1764500001000 } from './1764500001000-account-kinds-and-cached-balances';
import { EarningRuleVersionsAndBudgets1764500001001 } from './1764500001001-earning-rule-versions-and-budgets';
import { PointsExpiry1764500001002 } from './1764500001002-points-expiry';
import { WorkerProfiles1764500001003 } from './1764500001003-worker-profiles';
import { CreateRewardsAndRedemptions1764500002000 } from './1764500002000-create-rewards-and-redemptions';
import { StationCommunities1764500002100 } from './1764500002100-station-communities';

export const pointsMigrations = [
  CreateLedger1764400002000,
  AddCreditKey1764400002001,
  AccountKindsAndCachedBalances1764500001000,
  EarningRuleVersionsAndBudgets1764500001001,
  PointsExpiry1764500001002,
  WorkerProfiles1764500001003,
  CreateRewardsAndRedemptions1764500002000,
  StationCommunities1764500002100,
];
