import { signInStaff, signUpWorker, type TestAccount } from '@waystation/testing';

/** A Jiangxia community the e2e staff serve (community codes are 12 digits). */
export const JIANGXIA_COMMUNITY = '420115001001';

/** A new worker, signed up through the gateway's phone sign-in. */
export const newWorkerAccount = (gatewayUrl: string): Promise<TestAccount> => signUpWorker(gatewayUrl);

/** New community staff, created by the bootstrap admin and signed in with their password. */
export const newStaffAccount = (gatewayUrl: string): Promise<TestAccount> =>
  signInStaff(gatewayUrl, { role: 'community-staff', scopes: { communities: [JIANGXIA_COMMUNITY] } });

/** `count` new workers, signed up one after another (each asks for its own code). */
export async function newWorkerAccounts(gatewayUrl: string, count: number): Promise<TestAccount[]> {
  const accounts: TestAccount[] = [];
  for (let i = 0; i < count; i++) accounts.push(await newWorkerAccount(gatewayUrl));
  return accounts;
}
