// Both jest projects in one run (`npm run test:jest -- <path>`). Jest runs a project's global setup only when
// one of that project's specs is selected, so a run of unit specs alone never starts PostgreSQL or Kafka.
const { preset } = require('./jest.preset');

module.exports = {
  testTimeout: preset.testTimeout,
  projects: ['<rootDir>/jest.unit.config.js', '<rootDir>/jest.integration.config.js'],
};
