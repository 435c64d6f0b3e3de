import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { KUBERNETES_BASE, renderDeploymentFiles, REPO_ROOT } from './generate-deployment';
import { KAFKA_CLUSTER, POSTGRES_CLUSTER } from './kubernetes-manifests';

interface Manifest {
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec: Record<string, unknown>;
}

interface DeploymentManifest {
  metadata: { name: string };
  spec: { template: { spec: { containers: { env: { name: string; value?: string; valueFrom?: { secretKeyRef?: object } }[] }[] } } };
}

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.yaml') && path !== 'kustomization.yaml')
    .sort();
}

function baseManifests(): Manifest[] {
  return yamlFilesUnder(KUBERNETES_BASE).flatMap((path) =>
    parseAllDocuments(readFileSync(join(KUBERNETES_BASE, path), 'utf8')).map((doc) => doc.toJS() as Manifest),
  );
}

describe('deployment files', () => {
  it.each([...renderDeploymentFiles()].map(([path, content]) => ({ path: relative(REPO_ROOT, path), content })))(
    '$path matches the code',
    ({ path, content }) => {
      if (readFileSync(join(REPO_ROOT, path), 'utf8') !== content) {
        throw new Error(`${path} is out of date with the code: run \`npm run deployment\` and commit it.`);
      }
    },
  );

  it('lists every manifest of k8s/base in its kustomization, and nothing else', () => {
    const kustomization = parse(readFileSync(join(KUBERNETES_BASE, 'kustomization.yaml'), 'utf8')) as { resources: string[] };

    expect([...kustomization.resources].sort()).toEqual(yamlFilesUnder(KUBERNETES_BASE));
  });

  it('points every Kafka resource at the one Kafka cluster, and every database at the one PostgreSQL cluster', () => {
    const manifests = baseManifests();
    const kafkaClusters = manifests.filter(({ kind }) => kind === 'Kafka').map(({ metadata }) => metadata.name);
    const strimziResources = manifests.filter(({ kind }) => ['KafkaNodePool', 'KafkaTopic', 'KafkaUser'].includes(kind));
    const postgresClusters = manifests.filter(({ kind }) => kind === 'Cluster').map(({ metadata }) => metadata.name);
    const databases = manifests.filter(({ kind }) => kind === 'Database');

    expect(kafkaClusters).toEqual([KAFKA_CLUSTER]);
    expect(strimziResources.filter(({ metadata }) => metadata.labels?.['strimzi.io/cluster'] !== KAFKA_CLUSTER)).toEqual([]);
    expect(postgresClusters).toEqual([POSTGRES_CLUSTER]);
    expect(databases.filter(({ spec }) => (spec.cluster as { name: string }).name !== POSTGRES_CLUSTER)).toEqual([]);
  });

  it('has enough Kafka brokers for the replicas every topic asks for', () => {
    const manifests = baseManifests();
    const brokers = manifests
      .filter(({ kind, spec }) => kind === 'KafkaNodePool' && (spec.roles as string[]).includes('broker'))
      .reduce((sum, { spec }) => sum + (spec.replicas as number), 0);
    const topics = manifests.filter(({ kind }) => kind === 'KafkaTopic');

    expect(topics.length).toBeGreaterThan(0);
    expect(topics.filter(({ spec }) => (spec.replicas as number) > brokers)).toEqual([]);
  });

  it("gives every app the Kafka principal of a KafkaUser, its password from that user's secret", () => {
    const manifests = baseManifests();
    const users = new Set(manifests.filter(({ kind }) => kind === 'KafkaUser').map(({ metadata }) => metadata.name));
    const deployments = manifests.filter(({ kind }) => kind === 'Deployment') as unknown as DeploymentManifest[];
    const credentials = deployments.map(({ metadata, spec }) => {
      const env = spec.template.spec.containers[0].env;
      const username = env.find(({ name }) => name === 'KAFKA_SASL_USERNAME')?.value;
      const secret = env.find(({ name }) => name === 'KAFKA_SASL_PASSWORD')?.valueFrom?.secretKeyRef;
      return { app: metadata.name, isUser: users.has(username ?? ''), secret };
    });

    expect(credentials).toEqual(
      deployments.map(({ metadata }) => ({ app: metadata.name, isUser: true, secret: { name: metadata.name, key: 'password' } })),
    );
  });
});
