/**
 * Jest requires globalSetup and globalTeardown with plain Node `require`, outside its module registry, so the
 * moduleNameMapper that resolves the `@waystation/*` aliases in specs does not apply to them. Importing this
 * module first makes Node resolve the same aliases (tsconfig.base.json `paths`) for the rest of that process.
 */
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { REPO_ROOT } from './repo-root';

type ResolveFilename = (this: unknown, request: string, ...rest: unknown[]) => string;

const { paths } = JSON.parse(readFileSync(join(REPO_ROOT, 'tsconfig.base.json'), 'utf8')).compilerOptions as {
  paths: Record<string, string[]>;
};
const aliasTargets = new Map(Object.entries(paths).map(([alias, [target]]) => [alias, join(REPO_ROOT, target)]));
const moduleInternals = Module as unknown as { _resolveFilename: ResolveFilename };
const resolveFilename = moduleInternals._resolveFilename;

moduleInternals._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, aliasTargets.get(request) ?? request, ...rest);
};
