// Pure logic: no global setup, so it runs without Java, PostgreSQL or Kafka (`npm run test:unit`).
const { ALL_SPECS, preset } = require('./jest.preset');

module.exports = {
  ...preset,
  displayName: 'unit',
  testMatch: ALL_SPECS,
  testPathIgnorePatterns: ['/node_modules/', '\\.(integration|e2e)\\.spec\\.ts$'],
};
