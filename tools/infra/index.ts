export { ensureKafkaJars, pinnedKafkaVersion } from './kafka-jars';
export { type KafkaEndpoint, kafkaClient } from './kafka-client';
export { kafkaToolingConfigSchema, kafkaToolingEndpoint } from './kafka-tooling.config';
export { type KafkaInstance, type KafkaOptions, startKafka, stopKafka } from './kafka-broker';
export {
  type LocalInfrastructure,
  type LocalInfrastructureOptions,
  type LocalInfrastructurePorts,
  localKafkaDir,
  localPostgresDir,
  startLocalInfrastructure,
  stopLocalInfrastructure,
} from './local-infrastructure';
export { createMissingTopics } from './missing-topics';
export { type PostgresOptions, startPostgres, stopPostgres } from './postgres';
export { connectionUrl, type PostgresConnection, postgresConnectionOf } from './postgres-connection';
export { ensureDatabases } from './postgres-databases';
export { postgresMajorVersion } from './postgres-binaries';
export { MOTO_VERSION, type S3TestServer, startS3TestServer } from './s3-test-server';
export { ensureSchemathesis, type FuzzRun, runSchemathesis, SCHEMATHESIS_VERSION } from './schemathesis';
