export { databaseUrl, readTestInfra, type TestInfra } from './infra-state';
export { waitFor, type WaitForOptions } from './wait-for';
export { gatewayAs, newStaff, newWorker, serviceAs } from './gateway-client';
export { createScratchDatabase, queryDatabase, readCounter } from './probes';
export { startTestSystem } from './test-system';
export { publishEvents, publishRaw, readTopic, type ReadMessage } from './kafka-probe';
export { expectProblem } from './expect-problem';
export { undocumentedSettings } from './readme-config';
export { startServiceUnderTest, type ServiceUnderTestOptions } from './service-under-test';
