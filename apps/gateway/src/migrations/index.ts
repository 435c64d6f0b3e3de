import { CreateAccounts1764500500000 } from './1764500500000-create-accounts';

export const gatewayMigrations = [CreateAccounts1764500500000];
