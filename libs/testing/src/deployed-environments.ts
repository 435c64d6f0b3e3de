import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { z } from 'zod';
import { REPO_ROOT } from './repo-root';

/** Variables node-postgres reads itself; the Kubernetes manifests pass the database password this way. */
const POSTGRES_CLIENT_VARIABLES = ['PGPASSWORD'];
/** What a variable read from a secret stands as: long enough for any secret's minimum length. */
const SECRET_PLACEHOLDER = 'read-from-a-kubernetes-secret-at-start';
const LOOPBACK = /\b(127\.0\.0\.1|localhost)\b/;

export interface DeployedEnvironment {
  source: string;
  env: Record<string, string>;
}

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: unknown;
}

/** The environment an app gets in docker-compose.yml and in its Kubernetes Deployment (secrets as placeholders). */
export function deployedEnvironments(app: string): DeployedEnvironment[] {
  const compose = parse(readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8'));
  const manifests = parseAllDocuments(readFileSync(join(REPO_ROOT, 'k8s', 'base', 'apps', `${app}.yaml`), 'utf8')).map((doc) => doc.toJS());
  const deployment = manifests.find((manifest) => manifest.kind === 'Deployment');
  const container = deployment?.spec.template.spec.containers.find((candidate: { name: string }) => candidate.name === app);
  return [
    { source: 'docker-compose.yml', env: compose.services[app]?.environment ?? {} },
    {
      source: `k8s/base/apps/${app}.yaml`,
      env: Object.fromEntries(
        (container?.env ?? []).map(({ name, value, valueFrom }: EnvVar) => [name, valueFrom ? SECRET_PLACEHOLDER : value]),
      ),
    },
  ];
}

/**
 * What keeps an app from running in a container with this environment: a variable the app does not read (a
 * typo, or a setting since renamed), a value its schema refuses, a setting left on a loopback default, or a
 * password or signing secret left on its development default.
 */
export function containerMisconfigurations(schema: z.ZodObject, env: Record<string, string>): string[] {
  const unknown = Object.keys(env)
    .filter((name) => !(name in schema.shape) && !POSTGRES_CLIENT_VARIABLES.includes(name))
    .map((name) => `${name} is not a setting of this app`);
  // A password's or a signing secret's default is a development one: a container must be given its own.
  const defaultPasswords = Object.keys(schema.shape)
    .filter((name) => (name.endsWith('_PASSWORD') || name.endsWith('_SECRET')) && !(name in env))
    .map((name) => `${name} is left on its development default`);
  const parsed = schema.safeParse(env);
  if (!parsed.success)
    return [...unknown, ...defaultPasswords, ...parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)];
  const loopback = Object.entries(parsed.data as Record<string, unknown>)
    .filter(([, value]) => LOOPBACK.test(String(value)))
    .map(([name, value]) => `${name} is ${String(value)}, which a container cannot use`);
  return [...unknown, ...defaultPasswords, ...loopback];
}
