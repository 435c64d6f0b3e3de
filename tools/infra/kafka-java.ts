import { join, resolve } from 'node:path';
import { type InfraConfig, loadInfraConfig } from './infra.config';
import type { KafkaLayout } from './kafka-layout';

const LOG4J2_CONFIG = resolve(__dirname, 'kafka/log4j2.yaml');
const JVM_OPTIONS = [
  '-Xms256m',
  '-Xmx512m',
  '-XX:+UseG1GC',
  '-XX:MaxGCPauseMillis=20',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djava.awt.headless=true',
];

/** The command line running `mainClass` from Apache's jars: the broker itself, or one of its tools. */
export function javaArguments(jarsDir: string, layout: KafkaLayout, mainClass: string, args: string[]): string[] {
  return [
    ...JVM_OPTIONS,
    `-Dlog4j2.configurationFile=${LOG4J2_CONFIG}`,
    `-Dkafka.logs.dir=${layout.logsDir}`,
    '-cp',
    join(jarsDir, '*'),
    mainClass,
    ...args,
  ];
}

export function javaExecutable({ JAVA_HOME }: InfraConfig = loadInfraConfig()): string {
  return JAVA_HOME ? join(JAVA_HOME, 'bin', 'java') : 'java';
}
