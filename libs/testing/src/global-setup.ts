import './register-path-aliases';
import { startTestInfra } from './test-infra';

/** Jest global setup (root jest.config.js): one PostgreSQL and one Kafka for the whole run. */
export default async function globalSetup(): Promise<void> {
  await startTestInfra();
}
