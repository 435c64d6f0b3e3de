import {
  allTopicSpecs,
  departmentPrincipal,
  KAFKA_ADMIN_PRINCIPAL,
  type KafkaAcl,
  kafkaAclsOf,
  kafkaAclsOfDepartment,
  ProvisionedDepartmentCodes,
  ServiceNames,
} from '@waystation/contracts';
import { postgresMajorVersion } from '@waystation/infra';
import { DATABASES } from '@waystation/system';
import { AppDeployment, appDeployments, EnvValue, HEALTH, IMAGE, Platform } from './app-deployments';

/** Names the hand-written cluster resources in k8s/base use; the generated ones must agree with them. */
export const KAFKA_CLUSTER = 'waystation';
export const POSTGRES_CLUSTER = 'waystation-db';
const PART_OF = 'waystation';
const KAFKA_REPLICAS = 3;
const DAY_MS = 24 * 3_600_000;
/**
 * Well under the inbox's memory of event ids (MessagingRetention, 30 days), so a redelivery, or a replayed
 * dead letter, always finds the inbox rows of the groups that applied it. Kafka deletes whole segments, so a
 * segment is rolled daily to keep messages from outliving the retention by more than a day.
 */
const TOPIC_RETENTION_MS = 7 * DAY_MS;
const SEGMENT_MS = DAY_MS;

/** In-cluster addresses: Strimzi's bootstrap service, CloudNativePG's read-write service, one Service per app. */
export const kubernetesPlatform: Platform = {
  kafkaBrokers: `${KAFKA_CLUSTER}-kafka-bootstrap:9092`,
  // Strimzi's user operator keeps each KafkaUser's SCRAM password in a secret named after the user.
  kafkaPassword: (app) => ({ secret: app, key: 'password' }),
  // The platform team creates it (docs/operations.md).
  gatewaySecret: (key) => ({ secret: GATEWAY_SECRET, key }),
  // No password in the URL: each app gets PGPASSWORD from its role's secret, which node-postgres reads.
  databaseUrl: (database) => `postgres://${database}@${POSTGRES_CLUSTER}-rw:5432/${database}`,
  // Created by the platform team with the other secrets (docs/operations.md); change it after the first sign-in.
  bootstrapAdminPassword: { secret: 'gateway-bootstrap-admin', key: 'password' },
  appHost: (app) => app,
  // Created by the platform team (docs/operations.md), like the database roles' secrets.
  checkInSecret: { secret: 'waystation-stations-check-in', key: 'secret' },
  // Created by the platform team (docs/operations.md).
  webhookSecretKey: { secret: 'waystation-notifications-webhooks', key: 'secret-key' },
};

/** The secret holding the gateway's sign-in secrets, which the platform team creates. */
export const GATEWAY_SECRET = 'waystation-gateway';

/** The secret holding a service's database role (`username`, `password`), which the platform team creates. */
export function databaseSecret(database: string): string {
  return `${POSTGRES_CLUSTER}-${database}`;
}

/** The generated part of k8s/base, by path relative to it: one file per app, the topics, the Kafka users, the database. */
export function renderKubernetesBase(): Map<string, object[]> {
  const files = new Map<string, object[]>();
  for (const app of appDeployments(kubernetesPlatform)) {
    files.set(`apps/${app.name}.yaml`, [deployment(app), service(app), disruptionBudget(app)]);
  }
  files.set('kafka/topics.yaml', kafkaTopics());
  files.set('kafka/users.yaml', kafkaUsers());
  files.set('kafka/department-users.yaml', departmentKafkaUsers());
  files.set('postgres/cluster.yaml', postgresCluster());
  return files;
}

function labels(app: AppDeployment) {
  return {
    'app.kubernetes.io/name': app.name,
    'app.kubernetes.io/component': app.name === 'gateway' ? 'api' : 'service',
    'app.kubernetes.io/part-of': PART_OF,
  };
}

function deployment(app: AppDeployment) {
  const managementPortName = app.managementPort === app.port ? 'http' : 'management';
  const probe = (path: string, periodSeconds: number, failureThreshold: number) => ({
    httpGet: { path, port: managementPortName },
    periodSeconds,
    failureThreshold,
  });
  const passwordEnv = [{ name: 'PGPASSWORD', valueFrom: { secretKeyRef: { name: databaseSecret(app.database), key: 'password' } } }];
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: app.name, labels: labels(app) },
    spec: {
      replicas: 2,
      selector: { matchLabels: { 'app.kubernetes.io/name': app.name } },
      // A new pod must be ready before an old one goes, so consumers and relays hand over without a gap.
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      template: {
        metadata: {
          labels: labels(app),
          annotations: {
            'prometheus.io/scrape': 'true',
            'prometheus.io/port': String(app.managementPort),
            'prometheus.io/path': HEALTH.metrics,
          },
        },
        spec: {
          // SIGTERM starts the graceful stop: finish in-flight messages, commit offsets, close pools.
          terminationGracePeriodSeconds: 30,
          securityContext: { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [
            {
              name: app.name,
              image: IMAGE,
              command: app.command,
              // The management port is in no Service: probes and Prometheus reach the pod itself.
              ports: [
                { name: 'http', containerPort: app.port },
                ...(managementPortName === 'management' ? [{ name: 'management', containerPort: app.managementPort }] : []),
              ],
              env: [...passwordEnv, ...Object.entries(app.env).map(([name, value]) => envVar(name, value))],
              startupProbe: probe(HEALTH.live, 2, 30),
              livenessProbe: probe(HEALTH.live, 10, 3),
              // Not /health/ready: it includes Kafka and, for the gateway, every service, so a Kafka blip would
              // take every pod out of its Service and the whole API down, while the outbox would have carried
              // the writes. /health/ready is for monitoring; a pod serves as soon as it answers.
              readinessProbe: probe(HEALTH.live, 5, 2),
              // Lets the endpoints drop this pod before it stops taking requests.
              lifecycle: { preStop: { exec: { command: ['sleep', '5'] } } },
              resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { memory: '512Mi' } },
              securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
            },
          ],
        },
      },
    },
  };
}

function envVar(name: string, value: EnvValue) {
  return typeof value === 'string' ? { name, value } : { name, valueFrom: { secretKeyRef: { name: value.secret, key: value.key } } };
}

function service(app: AppDeployment) {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: app.name, labels: labels(app) },
    spec: {
      selector: { 'app.kubernetes.io/name': app.name },
      ports: [{ name: 'http', port: app.port, targetPort: 'http' }],
    },
  };
}

function disruptionBudget(app: AppDeployment) {
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: app.name, labels: labels(app) },
    spec: { maxUnavailable: 1, selector: { matchLabels: { 'app.kubernetes.io/name': app.name } } },
  };
}

function kafkaTopics() {
  return allTopicSpecs().map(({ topic, numPartitions }) => ({
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaTopic',
    metadata: { name: topic, labels: { 'strimzi.io/cluster': KAFKA_CLUSTER } },
    spec: {
      topicName: topic,
      partitions: numPartitions,
      replicas: KAFKA_REPLICAS,
      config: {
        'min.insync.replicas': 2,
        'retention.ms': TOPIC_RETENTION_MS,
        'segment.ms': SEGMENT_MS,
      },
    },
  }));
}

/**
 * One SCRAM user per service with the ACLs of the contracts (the embedded broker grants the same), and the
 * tooling's admin, a super user of the Kafka resource (cluster.yaml).
 */
function kafkaUsers() {
  const services = ServiceNames.map((service) => kafkaUser(service, kafkaAclsOf(service)));
  return [...services, kafkaUser(KAFKA_ADMIN_PRINCIPAL, undefined)];
}

/**
 * One SCRAM user per provisioned department, reaching the cluster through the `departments` listener
 * (cluster.yaml); Strimzi writes each password to a secret named after the user, for the platform team to hand over.
 */
function departmentKafkaUsers() {
  return ProvisionedDepartmentCodes.map((code) => kafkaUser(departmentPrincipal(code), kafkaAclsOfDepartment(code)));
}

/** Strimzi spells a prefixed resource pattern `prefix`. */
function kafkaUser(name: string, acls: KafkaAcl[] | undefined) {
  const authorization = acls && {
    type: 'simple',
    acls: acls.map(({ resource, operations }) => ({
      resource: { type: resource.type, name: resource.name, patternType: resource.patternType === 'prefixed' ? 'prefix' : 'literal' },
      operations,
    })),
  };
  return {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaUser',
    metadata: { name, labels: { 'strimzi.io/cluster': KAFKA_CLUSTER } },
    spec: { authentication: { type: 'scram-sha-512' }, ...(authorization ? { authorization } : {}) },
  };
}

function postgresCluster() {
  const cluster = {
    apiVersion: 'postgresql.cnpg.io/v1',
    kind: 'Cluster',
    metadata: { name: POSTGRES_CLUSTER },
    spec: {
      instances: 3,
      imageName: `ghcr.io/cloudnative-pg/postgresql:${postgresMajorVersion()}`,
      storage: { size: '20Gi' },
      managed: {
        roles: DATABASES.map((database) => ({
          name: database,
          ensure: 'present',
          login: true,
          passwordSecret: { name: databaseSecret(database) },
        })),
      },
    },
  };
  const databases = DATABASES.map((database) => ({
    apiVersion: 'postgresql.cnpg.io/v1',
    kind: 'Database',
    metadata: { name: `${POSTGRES_CLUSTER}-${database}` },
    spec: { name: database, owner: database, cluster: { name: POSTGRES_CLUSTER } },
  }));
  return [cluster, ...databases];
}
