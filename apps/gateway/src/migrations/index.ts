import { CreateAccounts1764500500000 } from './1764500500000-create-accounts';
import { CreateSigningKeysAndSessions1764500510000 } from './1764500510000-create-signing-keys-and-sessions';
import { CreateWorkerSignIn1764500520000 } from './1764500520000-create-worker-sign-in';

export const gatewayMigrations = [CreateAccounts1764500500000, CreateSigningKeysAndSessions1764500510000, CreateWorkerSignIn1764500520000];
