import { CreateAccounts1764500500000 } from './1764500500000-create-accounts';
import { CreateWorkerSignIn1764500520000 } from './1764500520000-create-worker-sign-in';

export const gatewayMigrations = [CreateAccounts1764500500000, CreateWorkerSignIn1764500520000];
