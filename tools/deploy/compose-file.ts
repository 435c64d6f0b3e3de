import { developmentKafkaPassword, KAFKA_ADMIN_PRINCIPAL, KAFKA_PRINCIPALS, kafkaAclsByPrincipal } from '@waystation/contracts';
import { pinnedKafkaVersion, postgresMajorVersion } from '@waystation/infra';
import { APPS, DATABASES } from '@waystation/system';
import { AppDeployment, appDeployments, HEALTH, IMAGE, Platform } from './app-deployments';

const POSTGRES_PASSWORD = 'postgres';
/** The broker's own principal (SASL/PLAIN) on the controller listener and for the set-up container. */
const KAFKA_BROKER_PRINCIPAL = 'broker';
const KAFKA_BROKER_PASSWORD = 'broker-dev-password';
const KAFKA_CLIENT_CONFIG = '/etc/kafka/broker-client.properties';
const BROKER_LOGIN =
  `org.apache.kafka.common.security.plain.PlainLoginModule required username="${KAFKA_BROKER_PRINCIPAL}" ` +
  `password="${KAFKA_BROKER_PASSWORD}" user_${KAFKA_BROKER_PRINCIPAL}="${KAFKA_BROKER_PASSWORD}";`;
const BROKER_TOOLS = `--bootstrap-server kafka:9092 --command-config ${KAFKA_CLIENT_CONFIG}`;

/** Compose service names double as host names on the compose network. */
export const composePlatform: Platform = {
  kafkaBrokers: 'kafka:9092',
  // The development passwords, like POSTGRES_PASSWORD: compose is for one machine, not for production.
  kafkaPassword: (app) => developmentKafkaPassword(app),
  gatewaySecret: (key) => `compose-development-${key}-not-for-production`,
  databaseUrl: (database) => `postgres://postgres:${POSTGRES_PASSWORD}@postgres:5432/${database}`,
  // Not the gateway's own development default, which the image (NODE_ENV=production) refuses.
  bootstrapAdminPassword: 'compose-city-office-password',
  appHost: (app) => app,
  checkInSecret: 'compose-development-check-in-secret-not-for-production',
  webhookSecretKey: 'compose-development-webhook-secret-key-not-for-production',
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
          KAFKA_LISTENERS: 'CLIENTS://:9092,CONTROLLER://:9093',
          KAFKA_ADVERTISED_LISTENERS: 'CLIENTS://kafka:9092',
          KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
          KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:SASL_PLAINTEXT,CLIENTS:SASL_PLAINTEXT',
          KAFKA_INTER_BROKER_LISTENER_NAME: 'CLIENTS',
          KAFKA_CONTROLLER_QUORUM_VOTERS: '1@kafka:9093',
          // As the embedded broker (tools/infra/kafka-server-properties.ts): SCRAM for clients, PLAIN for the
          // broker itself; the image maps `___` to `-`, `__` to `_` and `_` to `.` in these names.
          KAFKA_LISTENER_NAME_CLIENTS_SASL_ENABLED_MECHANISMS: 'SCRAM-SHA-512,PLAIN',
          KAFKA_LISTENER_NAME_CLIENTS_SCRAM___SHA___512_SASL_JAAS_CONFIG:
            'org.apache.kafka.common.security.scram.ScramLoginModule required;',
          KAFKA_LISTENER_NAME_CLIENTS_PLAIN_SASL_JAAS_CONFIG: BROKER_LOGIN,
          KAFKA_SASL_MECHANISM_INTER_BROKER_PROTOCOL: 'PLAIN',
          KAFKA_LISTENER_NAME_CONTROLLER_SASL_ENABLED_MECHANISMS: 'PLAIN',
          KAFKA_LISTENER_NAME_CONTROLLER_PLAIN_SASL_JAAS_CONFIG: BROKER_LOGIN,
          KAFKA_SASL_MECHANISM_CONTROLLER_PROTOCOL: 'PLAIN',
          KAFKA_AUTHORIZER_CLASS_NAME: 'org.apache.kafka.metadata.authorizer.StandardAuthorizer',
          KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND: 'false',
          KAFKA_SUPER_USERS: `User:${KAFKA_BROKER_PRINCIPAL};User:${KAFKA_ADMIN_PRINCIPAL}`,
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
        configs: [{ source: 'kafka-broker-client', target: KAFKA_CLIENT_CONFIG }],
        healthcheck: {
          test: ['CMD-SHELL', `/opt/kafka/bin/kafka-broker-api-versions.sh ${BROKER_TOOLS} > /dev/null`],
          interval: '10s',
          timeout: '10s',
          retries: 20,
        },
      },
      'kafka-principals': {
        image: `apache/kafka:${pinnedKafkaVersion()}`,
        command: ['bash', '-ec', kafkaPrincipalsScript()],
        configs: [{ source: 'kafka-broker-client', target: KAFKA_CLIENT_CONFIG }],
        depends_on: { kafka: { condition: 'service_healthy' } },
      },
      ...Object.fromEntries(apps.map((app) => [app.name, appService(app)])),
    },
    configs: {
      'kafka-broker-client': {
        content: ['security.protocol=SASL_PLAINTEXT', 'sasl.mechanism=PLAIN', `sasl.jaas.config=${BROKER_LOGIN}`].join('\n') + '\n',
      },
      'create-databases': { content: DATABASES.map((database) => `CREATE DATABASE ${database};`).join('\n') + '\n' },
    },
    volumes: { 'postgres-data': {} },
  };
}

/** Creates every principal's SCRAM credentials and the services' and departments' ACLs, as the embedded broker does. */
function kafkaPrincipalsScript(): string {
  const users = KAFKA_PRINCIPALS.map(
    (principal) =>
      `/opt/kafka/bin/kafka-configs.sh ${BROKER_TOOLS} --alter --entity-type users --entity-name ${principal} ` +
      `--add-config 'SCRAM-SHA-512=[password=${developmentKafkaPassword(principal)}]'`,
  );
  const acls = kafkaAclsByPrincipal().flatMap(({ principal, acls: principalAcls }) =>
    principalAcls.map(
      ({ resource, operations }) =>
        `/opt/kafka/bin/kafka-acls.sh ${BROKER_TOOLS} --add --allow-principal User:${principal} ` +
        `${operations.map((operation) => `--operation ${operation}`).join(' ')} --${resource.type} ${resource.name}` +
        (resource.patternType ? ` --resource-pattern-type ${resource.patternType}` : ''),
    ),
  );
  return [...users, ...acls].join('\n') + '\n';
}

function appService(app: AppDeployment) {
  const dependencies = app.name === 'gateway' ? APPS.map(({ name }) => name).filter((name) => name !== 'gateway') : ['postgres', 'kafka'];
  const setUp = app.name === 'gateway' ? {} : { 'kafka-principals': { condition: 'service_completed_successfully' } };
  const readiness = `fetch('http://127.0.0.1:${app.managementPort}${HEALTH.ready}').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`;
  return {
    image: `${IMAGE}:local`,
    build: '.',
    command: app.command,
    environment: app.env,
    // Only the gateway's public port; its management port (metrics, health details) stays inside.
    ...(app.name === 'gateway' ? { ports: [`${app.port}:${app.port}`] } : {}),
    depends_on: { ...Object.fromEntries(dependencies.map((dependency) => [dependency, { condition: 'service_healthy' }])), ...setUp },
    healthcheck: { test: ['CMD', 'node', '-e', readiness], interval: '5s', timeout: '5s', retries: 30 },
    restart: 'unless-stopped',
    // The graceful stop commits offsets and closes pools; give it time before SIGKILL.
    stop_grace_period: '30s',
  };
}
