import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const REPO_ROOT = join(__dirname, '..', '..', '..');
const GENERATED = join(REPO_ROOT, 'apps', 'web', 'src', 'api', 'gateway-api.generated.ts');

// As a process: openapi-typescript loads ES-module-only dependencies, which Node requires but jest cannot.
describe('generate-api-client --check', () => {
  it('finds apps/web/src/api/gateway-api.generated.ts up to date with docs/openapi.json', () => {
    const check = spawnSync('node', ['-r', '@swc-node/register', join(__dirname, 'generate-api-client.ts'), '--check'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });

    if (check.status !== 0) throw new Error(`${check.stderr}\nRun \`npm run web:api\` and commit what it writes.`);
  });

  it("types the home route's answer from the document", () => {
    expect(readFileSync(GENERATED, 'utf8')).toContain('"/api/v1/me/home": {');
  });
});
