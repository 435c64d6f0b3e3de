import './register-path-aliases';
import { stopTestInfra } from './test-infra';

/** Jest global teardown (root jest.config.js); jest runs it whether or not the specs passed. */
export default async function globalTeardown(): Promise<void> {
  await stopTestInfra();
}
