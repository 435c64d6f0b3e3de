// Writes docs/openapi.json, the document /docs/json serves, without a database or a broker:
// `npx nx run gateway:openapi` (`-- --check` only compares). The web app's typed client is generated from it.
import { NestFactory } from '@nestjs/core';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AppModule } from '../app.module';
import { gatewayConfigSchema } from '../config/gateway.config';
import { buildOpenApiDocument } from './setup-openapi';

export const openApiDocumentPath = join(__dirname, '..', '..', '..', '..', 'docs', 'openapi.json');

/** The gateway's OpenAPI document as committed: its modules in Nest's preview mode, which connects to nothing. */
export async function renderOpenApiDocument(): Promise<string> {
  const config = gatewayConfigSchema.parse({ LOG_LEVEL: 'silent' });
  const app = await NestFactory.create(AppModule.forRoot(config), { preview: true, logger: false, abortOnError: false });
  try {
    return `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  } finally {
    await app.close();
  }
}

async function main(args: string[]): Promise<void> {
  const rendered = await renderOpenApiDocument();
  const displayPath = relative(process.cwd(), openApiDocumentPath);
  if (!args.includes('--check')) {
    writeFileSync(openApiDocumentPath, rendered);
    console.log(`Wrote ${displayPath}`);
    return;
  }
  const current = existsSync(openApiDocumentPath) ? readFileSync(openApiDocumentPath, 'utf8') : '';
  if (current !== rendered) {
    console.error(`${displayPath} is out of date with the gateway's routes: run \`npm run web:api\`.`);
    process.exitCode = 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2));
}
