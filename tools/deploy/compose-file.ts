import { pinnedKafkaVersion, postgresMajorVersion } from '@waystation/infra';
import { APPS, DATABASES } from '@waystation/system';
import { AppDeployment, appDeployments, HEALTH, IMAGE, Platform } from './app-deployments';

const POSTGRES_PASSWORD = 'postgres';

/** Compose service names double as host names on the compose network. */
export const composePlatform: Platform = {
  kafkaBrokers: 'kafka:9092',
  databaseUrl: (database) => `postgres://postgres:${POSTGRES_PASSWORD}@postgres:5432/${database}`,
  appHost: (app) => app,
};

/**
 * docker-compose.yml: PostgreSQL, a single-node KRaft Kafka and the five apps built from the Dockerfile, at the
 * PostgreSQL major and Kafka version the tests run.
 */
export function renderComposeFile(): object {
  const apps = appDeployments(composePlatform);
  return {
    name: 'waystation',
    services: {
      postgres: {
        image: `postgres:${postgresMajorVersion()}`,
        environment: { POSTGRES_PASSWORD },
        configs: [{ source: 'create-databases', target: '/docker-entrypoint-initdb.d/create-databases.sql' }],
        volumes: ['postgres-data:/var/lib/postgresql'],
        healthcheck: { test: ['CMD', 'pg_isready', '-U', 'postgres'], interval: '5s', timeout: '5s', retries: 20 },
      },
      kafka: {
        image: `apache/kafka:${pinnedKafkaVersion()}`,
        environment: {
          KAFKA_NODE_ID: 1,
          KAFKA_PROCESS_ROLES: 'broker,controller',
          KAFKA_LISTENERS: 'PLAINTEXT://:9092,CONTROLLER://:9093',
          KAFKA_ADVERTISED_LISTENERS: 'PLAINTEXT://kafka:9092',
          KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
          KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
          KAFKA_CONTROLLER_QUORUM_VOTERS: '1@kafka:9093',
          // One broker: the internal topics cannot have more replicas than that.
          KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: 1,
          KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: 1,
          KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: 1,
          KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR: 1,
          KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR: 1,
          KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: 0,
          // The apps create their topics with the partition counts they need.
          KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'false',
        },
        healthcheck: {
          test: ['CMD-SHELL', '/opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server kafka:9092 > /dev/null'],
          interval: '10s',
          timeout: '10s',
          retries: 20,
        },
      },
      ...Object.fromEntries(apps.map((app) => [app.name, appService(app)])),
    },
    configs: {
      'create-databases': { content: DATABASES.map((database) => `CREATE DATABASE ${database};`).join('\n') + '\n' },
    },
    volumes: { 'postgres-data': {} },
  };
}

function appService(app: AppDeployment) {
  const dependencies = app.name === 'gateway' ? APPS.map(({ name }) => name).filter((name) => name !== 'gateway') : ['postgres', 'kafka'];
  const readiness = `fetch('http://127.0.0.1:${app.managementPort}${HEALTH.ready}').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`;
  return {
    image: `${IMAGE}:local`,
    build: '.',
    command: app.command,
    environment: app.env,
    // Only the gateway's public port; its management port (metrics, health details) stays inside.
    ...(app.name === 'gateway' ? { ports: [`${app.port}:${app.port}`] } : {}),
    depends_on: Object.fromEntries(dependencies.map((dependency) => [dependency, { condition: 'service_healthy' }])),
    healthcheck: { test: ['CMD', 'node', '-e', readiness], interval: '5s', timeout: '5s', retries: 30 },
    restart: 'unless-stopped',
    // The graceful stop commits offsets and closes pools; give it time before SIGKILL.
    stop_grace_period: '30s',
  };
}
