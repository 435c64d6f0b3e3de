import { Kafka, logLevel as kafkaLogLevel } from 'kafkajs';

/** A broker as the tooling reaches it: its addresses, and the principal it authenticates as (SASL/SCRAM-SHA-512). */
export interface KafkaEndpoint {
  brokers: string[];
  sasl: { username: string; password: string };
}

/** A kafkajs client of the tooling (topic creation, tests, tail, replay, benchmarks) on `endpoint`. */
export function kafkaClient(endpoint: KafkaEndpoint, clientId: string, logLevel = kafkaLogLevel.ERROR): Kafka {
  return new Kafka({ clientId, brokers: endpoint.brokers, sasl: { mechanism: 'scram-sha-512', ...endpoint.sasl }, logLevel });
}
