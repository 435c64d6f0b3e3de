import { CreateLedger1764400002000 } from './1764400002000-create-ledger';
import { AddCreditKey1764400002001 } from './1764400002001-add-credit-key';
import { AccountKindsAndCachedBalances1764500001000 } from './1764500001000-account-kinds-and-cached-balances';
import { CreateRewardsAndRedemptions1764500002000 } from './1764500002000-create-rewards-and-redemptions';

export const pointsMigrations = [
  CreateLedger1764400002000,
  AddCreditKey1764400002001,
  AccountKindsAndCachedBalances1764500001000,
  CreateRewardsAndRedemptions1764500002000,
];
