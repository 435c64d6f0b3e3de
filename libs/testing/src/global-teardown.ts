import './register-path-aliases';
import { stopTestInfra } from './test-infra';

/** Global teardown of the integration jest project (jest.integration.config.js); jest runs it whether or not the specs passed. */
export default async function globalTeardown(): Promise<void> {
  await stopTestInfra();
}
