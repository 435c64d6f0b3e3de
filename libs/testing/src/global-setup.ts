import './register-path-aliases';
import { startTestInfra } from './test-infra';

/** Global setup of the integration jest project (jest.integration.config.js): one PostgreSQL and one Kafka per run. */
export default async function globalSetup(): Promise<void> {
  await startTestInfra();
}
