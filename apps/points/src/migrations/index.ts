import { CreateLedger1764400002000 } from './1764400002000-create-ledger';

export const pointsMigrations = [CreateLedger1764400002000];
