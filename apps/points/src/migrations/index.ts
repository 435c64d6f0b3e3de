import { CreateLedger1764400002000 } from './1764400002000-create-ledger';
import { AddCreditKey1764400002001 } from './1764400002001-add-credit-key';
import { AccountKindsAndCachedBalances1764500001000 } from './1764500001000-account-kinds-and-cached-balances';

export const pointsMigrations = [CreateLedger1764400002000, AddCreditKey1764400002001, AccountKindsAndCachedBalances1764500001000];
