export interface KafkaServerSettings {
  port: number;
  controllerPort: number;
  logDirs: string;
}

const MIB = 1024 * 1024;

/** server.properties of a single-node KRaft cluster (one process is broker and controller) on 127.0.0.1. */
export function kafkaServerProperties({ port, controllerPort, logDirs }: KafkaServerSettings): string {
  const properties: Record<string, string | number | boolean> = {
    'node.id': 1,
    'process.roles': 'broker,controller',
    listeners: `PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    'advertised.listeners': `PLAINTEXT://127.0.0.1:${port}`,
    'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'inter.broker.listener.name': 'PLAINTEXT',
    'controller.listener.names': 'CONTROLLER',
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
