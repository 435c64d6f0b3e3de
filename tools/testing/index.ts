export { databaseUrl, readTestInfra, type TestInfra } from './infra-state';
export { waitFor, type WaitForOptions } from './wait-for';
