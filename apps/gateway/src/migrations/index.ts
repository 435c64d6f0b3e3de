import { CreateAccounts1764500500000 } from './1764500500000-create-accounts';
import { CreateSigningKeysAndSessions1764500510000 } from './1764500510000-create-signing-keys-and-sessions';
import { CreateWorkerSignIn1764500520000 } from './1764500520000-create-worker-sign-in';
import { AllowDisabledAccounts1764500530000 } from './1764500530000-allow-disabled-accounts';
import { CreateStaffCredentials1764500531000 } from './1764500531000-create-staff-credentials';
import { CreateOidcIdentities1764500532000 } from './1764500532000-create-oidc-identities';
import { EndSessionsOfStaffChanges1764500533000 } from './1764500533000-end-sessions-of-staff-changes';
import { CreateOpen311Clients1764500534311 } from './1764500534311-create-open311-clients';

export const gatewayMigrations = [
  CreateAccounts1764500500000,
  CreateSigningKeysAndSessions1764500510000,
  CreateWorkerSignIn1764500520000,
  AllowDisabledAccounts1764500530000,
  CreateStaffCredentials1764500531000,
  CreateOidcIdentities1764500532000,
  EndSessionsOfStaffChanges1764500533000,
  CreateOpen311Clients1764500534311,
];
