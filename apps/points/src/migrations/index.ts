import { CreateLedger1764400002000 } from './1764400002000-create-ledger';
import { AddCreditKey1764400002001 } from './1764400002001-add-credit-key';

export const pointsMigrations = [CreateLedger1764400002000, AddCreditKey1764400002001];
