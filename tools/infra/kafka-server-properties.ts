import { KAFKA_ADMIN_PRINCIPAL } from '@waystation/contracts';

export interface KafkaServerSettings {
  port: number;
  controllerPort: number;
  logDirs: string;
  /**
   * The broker's own principal (a super user) on the controller listener and between brokers, with SASL/PLAIN:
   * it must authenticate before the metadata log, where SCRAM credentials live, is loaded.
   */
  brokerPassword: string;
}

/** The principal the broker itself authenticates as (listed in super.users). */
export const BROKER_PRINCIPAL = 'broker';

const MIB = 1024 * 1024;

/**
 * server.properties of a single-node KRaft cluster (one process is broker and controller) on 127.0.0.1, where
 * every client authenticates (SASL/SCRAM-SHA-512) and may do only what its ACLs allow (StandardAuthorizer).
 */
export function kafkaServerProperties({ port, controllerPort, logDirs, brokerPassword }: KafkaServerSettings): string {
  const brokerLogin =
    `org.apache.kafka.common.security.plain.PlainLoginModule required ` +
    `username="${BROKER_PRINCIPAL}" password="${brokerPassword}" user_${BROKER_PRINCIPAL}="${brokerPassword}";`;
  const properties: Record<string, string | number | boolean> = {
    'node.id': 1,
    'process.roles': 'broker,controller',
    listeners: `CLIENTS://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    'advertised.listeners': `CLIENTS://127.0.0.1:${port}`,
    'listener.security.protocol.map': 'CLIENTS:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT',
    'inter.broker.listener.name': 'CLIENTS',
    'controller.listener.names': 'CONTROLLER',

    // Clients use SCRAM; PLAIN knows one user, the broker itself, so it works before the metadata log is read.
    'listener.name.clients.sasl.enabled.mechanisms': 'SCRAM-SHA-512,PLAIN',
    'listener.name.clients.scram-sha-512.sasl.jaas.config': 'org.apache.kafka.common.security.scram.ScramLoginModule required;',
    'listener.name.clients.plain.sasl.jaas.config': brokerLogin,
    'sasl.mechanism.inter.broker.protocol': 'PLAIN',
    'listener.name.controller.sasl.enabled.mechanisms': 'PLAIN',
    'listener.name.controller.plain.sasl.jaas.config': brokerLogin,
    'sasl.mechanism.controller.protocol': 'PLAIN',
    'authorizer.class.name': 'org.apache.kafka.metadata.authorizer.StandardAuthorizer',
    'allow.everyone.if.no.acl.found': false,
    'super.users': `User:${BROKER_PRINCIPAL};User:${KAFKA_ADMIN_PRINCIPAL}`,
    // A static quorum: `kafka-storage format` then needs no --standalone or --initial-controllers.
    'controller.quorum.voters': `1@127.0.0.1:${controllerPort}`,
    'log.dirs': logDirs,

    // Topics are declared by the contracts and created explicitly; a typo must not create a topic.
    'auto.create.topics.enable': false,
    'num.partitions': 1,

    // One broker: every internal topic and every write has exactly one replica.
    'default.replication.factor': 1,
    'min.insync.replicas': 1,
    'offsets.topic.replication.factor': 1,
    'transaction.state.log.replication.factor': 1,
    'transaction.state.log.min.isr': 1,
    'share.coordinator.state.topic.replication.factor': 1,
    'share.coordinator.state.topic.min.isr': 1,

    // Consumers in tests and at start-up join at once instead of waiting for more members.
    'group.initial.rebalance.delay.ms': 0,

    // Light enough for a 2-core laptop next to five services: few threads, few internal partitions
    // (each is created and loaded on first use), small log cleaner buffer (it lives on a 512 MiB heap).
    'num.network.threads': 2,
    'num.io.threads': 2,
    'background.threads': 2,
    'num.recovery.threads.per.data.dir': 1,
    'log.cleaner.threads': 1,
    'log.cleaner.dedupe.buffer.size': 16 * MIB,
    'offsets.topic.num.partitions': 10,
    'transaction.state.log.num.partitions': 10,
    'share.coordinator.state.topic.num.partitions': 10,

    // Development data: keep a day, at most 256 MiB per partition, in segments small enough to expire.
    'log.retention.hours': 24,
    'log.retention.bytes': 256 * MIB,
    'log.segment.bytes': 64 * MIB,
  };
  return Object.entries(properties)
    .map(([key, value]) => `${key}=${value}`)
    .join('\n')
    .concat('\n');
}
