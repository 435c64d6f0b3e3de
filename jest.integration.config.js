// On real PostgreSQL and Kafka, started once per run by the global setup (`npm run test:integration`).
const { INTEGRATION_SPECS, preset } = require('./jest.preset');

module.exports = {
  ...preset,
  displayName: 'integration',
  testMatch: INTEGRATION_SPECS,
  globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
};
