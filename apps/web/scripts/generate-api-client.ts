// Writes apps/web/src/api/gateway-api.generated.ts, the typed paths of the gateway's OpenAPI document
// (docs/openapi.json): `npm run web:api` regenerates both; `-- --check` only compares.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

const repoRoot = join(__dirname, '..', '..', '..');
export const openApiDocumentPath = join(repoRoot, 'docs', 'openapi.json');
export const apiClientTypesPath = join(repoRoot, 'apps', 'web', 'src', 'api', 'gateway-api.generated.ts');

const HEADER = '// Generated from docs/openapi.json by apps/web/scripts/generate-api-client.ts. Do not edit: run `npm run web:api`.\n';

export async function renderApiClientTypes(document = readFileSync(openApiDocumentPath, 'utf8')): Promise<string> {
  const ast = await openapiTS(JSON.parse(document) as OpenAPI3, { alphabetize: true });
  return HEADER + astToString(ast);
}

async function main(args: string[]): Promise<void> {
  const rendered = await renderApiClientTypes();
  const displayPath = relative(process.cwd(), apiClientTypesPath);
  if (!args.includes('--check')) {
    writeFileSync(apiClientTypesPath, rendered);
    console.log(`Wrote ${displayPath}`);
    return;
  }
  const current = existsSync(apiClientTypesPath) ? readFileSync(apiClientTypesPath, 'utf8') : '';
  if (current !== rendered) {
    console.error(`${displayPath} is out of date with docs/openapi.json: run \`npm run web:api\`.`);
    process.exitCode = 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2));
}
