import type { WaystationSystem } from '@waystation/system';
import type { gatewayAs, ObservedResponse, TestAccount } from '@waystation/testing';

/** What a feature's conformance observations get from the test that checks every route against /docs/json. */
export interface ConformanceContext {
  system: WaystationSystem;
  /** Records the answer for the OpenAPI check and returns its body. */
  observe(method: string, path: string, call: PromiseLike<ObservedResponse>): Promise<{ id: string }>;
  as(account?: Pick<TestAccount, 'accessToken'>): ReturnType<typeof gatewayAs>;
  worker: TestAccount;
  staff: TestAccount;
  admin: TestAccount;
}
