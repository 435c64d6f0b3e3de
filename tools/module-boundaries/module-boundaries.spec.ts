import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** Lints a would-be file at `path` with the project's ESLint config and returns the boundary rule's complaints. */
function boundaryViolations(path: string, source: string): string[] {
  // The ESLint CLI, since its API loads the flat config through a dynamic import jest does not allow.
  const eslint = spawnSync('npx', ['eslint', '--stdin', '--stdin-filename', join(root, path), '--format', 'json'], {
    cwd: root,
    input: source,
    encoding: 'utf8',
  });
  const [result] = JSON.parse(eslint.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return result.messages.filter((message) => message.ruleId === '@nx/enforce-module-boundaries').map((message) => message.message);
}

describe('Nx module boundaries', () => {
  beforeAll(() => {
    // The rule reads Nx's cached project graph; this creates it on a fresh clone.
    execFileSync('npx', ['nx', 'show', 'projects'], { cwd: root, stdio: 'ignore' });
  }, 60_000);

  it('stops a service from importing another service', async () => {
    const violations = await boundaryViolations(
      'apps/points/src/earning/cheat.ts',
      "import { ReportQueries } from '../../../reports/src/reports/report-queries.service';\nexport const x = ReportQueries;\n",
    );
    expect(violations).toHaveLength(1);
  });

  it('stops a library from importing the tooling', async () => {
    const violations = await boundaryViolations('libs/messaging/src/cheat.ts', "import { startKafka } from '@waystation/infra';\nexport const x = startKafka;\n");
    expect(violations).toEqual([expect.stringContaining('type:lib')]);
  });

  it('lets a service use the shared libraries', async () => {
    const violations = await boundaryViolations('apps/points/src/earning/fine.ts', "import { Topics } from '@waystation/contracts';\nexport const x = Topics;\n");
    expect(violations).toEqual([]);
  });
});
