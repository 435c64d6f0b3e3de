import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** Lints a would-be file at `path` with the project's ESLint config and returns the complaints of `ruleId`. */
function lintViolations(ruleId: string, path: string, source: string): string[] {
  // The ESLint CLI, since its API loads the flat config through a dynamic import jest does not allow.
  const eslint = spawnSync('npx', ['eslint', '--stdin', '--stdin-filename', join(root, path), '--format', 'json'], {
    cwd: root,
    input: source,
    encoding: 'utf8',
  });
  const [result] = JSON.parse(eslint.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return result.messages.filter((message) => message.ruleId === ruleId).map((message) => message.message);
}

const boundaryViolations = (path: string, source: string) => lintViolations('@nx/enforce-module-boundaries', path, source);
const restrictedImports = (path: string, source: string) => lintViolations('no-restricted-imports', path, source);

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
    const violations = await boundaryViolations(
      'libs/messaging/src/cheat.ts',
      "import { startKafka } from '@waystation/infra';\nexport const x = startKafka;\n",
    );
    expect(violations).toEqual([expect.stringContaining('type:lib')]);
  });

  it.each(['apps/points/src/earning/cheat.ts', 'libs/messaging/src/outbox/cheat.ts'])(
    'stops production code from importing the test harness (%s)',
    async (path) => {
      const violations = await boundaryViolations(path, "import { waitFor } from '@waystation/testing';\nexport const x = waitFor;\n");
      expect(violations).toEqual([expect.stringContaining('can only depend on libs tagged with "type:lib"')]);
    },
  );

  it.each(['apps/points/src/earning/fine.spec.ts', 'libs/messaging/src/outbox/fine.integration.spec.ts'])(
    'lets a spec beside the code use the test harness (%s)',
    async (path) => {
      const violations = await boundaryViolations(path, "import { waitFor } from '@waystation/testing';\nexport const x = waitFor;\n");
      expect(violations).toEqual([]);
    },
  );

  it('lets a service use the shared libraries', async () => {
    const violations = await boundaryViolations(
      'apps/points/src/earning/fine.ts',
      "import { Topics } from '@waystation/contracts';\nexport const x = Topics;\n",
    );
    expect(violations).toEqual([]);
  });
});

describe('The domain vocabulary', () => {
  const viewImport = "import { ReportView } from '@waystation/http-api';\nexport type X = ReportView;\n";

  it.each([
    ['an entity', 'apps/reports/src/reports/cheat.entity.ts'],
    ['a domain service', 'apps/stations/src/stations/cheat.service.ts'],
    ['an event handler', 'apps/points/src/earning/cheat.handler.ts'],
  ])('stops %s from importing the HTTP library', async (_role, path) => {
    expect(await restrictedImports(path, viewImport)).toEqual([expect.stringContaining('@waystation/contracts')]);
  });

  it('lets a controller and a view mapper import the HTTP library', async () => {
    expect(await restrictedImports('apps/reports/src/reports/cheat.controller.ts', viewImport)).toEqual([]);
    expect(await restrictedImports('apps/reports/src/reports/cheat-view.mapper.ts', viewImport)).toEqual([]);
  });
});
