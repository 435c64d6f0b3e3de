// What both jest projects share (jest.unit.config.js, jest.integration.config.js).
const { readFileSync } = require('node:fs');
const { compilerOptions } = require('./tsconfig.base.json');

const swcOptions = { ...JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8')), swcrc: false };

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

/** Dependencies published as ES modules only (jose, since v6). */
const ESM_ONLY_PACKAGE_NAMES = ['jose'];
const ESM_ONLY_PACKAGES = `/node_modules/(${ESM_ONLY_PACKAGE_NAMES.join('|')})/`;

const SPECS = '<rootDir>/{apps,libs,tools}/**/';

module.exports = {
  /** The specs that need real PostgreSQL and Kafka (or the whole system); every other `*.spec.ts` is a unit spec. */
  INTEGRATION_SPECS: [`${SPECS}*.integration.spec.ts`, `${SPECS}*.e2e.spec.ts`],
  ALL_SPECS: [`${SPECS}*.spec.ts`],
  preset: {
    rootDir: __dirname,
    testEnvironment: 'node',
    transform: { '^.+\\.ts$': ['@swc/jest', swcOptions], [`${ESM_ONLY_PACKAGES}.+\\.js$`]: ['@swc/jest', swcOptions] },
    // jest loads CommonJS only (before Node 24.9): the few ESM-only dependencies are compiled like our code.
    transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY_PACKAGE_NAMES.join('|')})/)`],
    moduleNameMapper,
    // A global option: jest reads it from the config it was started with, not from a project.
    testTimeout: 60_000,
  },
};
