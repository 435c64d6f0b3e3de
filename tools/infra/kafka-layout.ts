import { join } from 'node:path';

/** Where the local broker keeps everything inside its data directory. */
export interface KafkaLayout {
  serverProperties: string;
  /** The broker's log.dirs: topic partitions and the KRaft metadata log. */
  logDirs: string;
  /** Written by `kafka-storage format` with the cluster id; its presence means the storage is formatted. */
  metaProperties: string;
  /**
   * Application logs of the current run: server.log (log4j2; earlier runs rolled to server.log.N) and
   * kafka.out (the JVM's own stdout and stderr).
   */
  logsDir: string;
  serverLog: string;
  processOutput: string;
  pidFile: string;
  /** The broker principal's password (SASL/PLAIN), made at the first start. */
  brokerPasswordFile: string;
  /** Client settings of Apache's command-line tools, authenticating as the broker principal. */
  toolsClientConfig: string;
  /** The principals whose SCRAM credentials the metadata log holds, one a line. */
  scramPrincipalsFile: string;
}

export function kafkaLayout(dataDir: string): KafkaLayout {
  const logDirs = join(dataDir, 'data');
  const logsDir = join(dataDir, 'logs');
  return {
    serverProperties: join(dataDir, 'server.properties'),
    logDirs,
    metaProperties: join(logDirs, 'meta.properties'),
    logsDir,
    serverLog: join(logsDir, 'server.log'),
    processOutput: join(logsDir, 'kafka.out'),
    pidFile: join(dataDir, 'kafka.pid'),
    brokerPasswordFile: join(dataDir, 'broker.password'),
    toolsClientConfig: join(dataDir, 'tools-client.properties'),
    scramPrincipalsFile: join(dataDir, 'scram-principals'),
  };
}
