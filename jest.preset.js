// What both jest projects share (jest.unit.config.js, jest.integration.config.js).
const { readFileSync } = require('node:fs');
const { compilerOptions } = require('./tsconfig.base.json');

const swcOptions = { ...JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8')), swcrc: false };

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

const SPECS = '<rootDir>/{apps,libs,tools}/**/';

module.exports = {
  /** The specs that need real PostgreSQL and Kafka (or the whole system); every other `*.spec.ts` is a unit spec. */
  INTEGRATION_SPECS: [`${SPECS}*.integration.spec.ts`, `${SPECS}*.e2e.spec.ts`],
  ALL_SPECS: [`${SPECS}*.spec.ts`],
  preset: {
    rootDir: __dirname,
    testEnvironment: 'node',
    transform: { '^.+\\.ts$': ['@swc/jest', swcOptions], '/node_modules/jose/.+\\.js$': ['@swc/jest', swcOptions] },
    // jose ships as ES modules only: Node requires them natively, jest's module loader needs them compiled.
    transformIgnorePatterns: ['/node_modules/(?!jose/)'],
    moduleNameMapper,
    // A global option: jest reads it from the config it was started with, not from a project.
    testTimeout: 60_000,
  },
};
