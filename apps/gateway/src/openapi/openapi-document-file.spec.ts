import { readFileSync } from 'node:fs';
import { openApiDocumentPath, renderOpenApiDocument } from './openapi-document-file';

describe(renderOpenApiDocument.name, () => {
  it('matches docs/openapi.json, from which the web app’s client is generated', async () => {
    const committed = readFileSync(openApiDocumentPath, 'utf8');

    if (committed !== (await renderOpenApiDocument())) {
      throw new Error("docs/openapi.json is out of date with the gateway's routes: run `npm run web:api` and commit it.");
    }
  });

  it('documents the public routes without starting anything', async () => {
    const { paths } = JSON.parse(await renderOpenApiDocument());

    expect(paths['/api/v1/stations/nearby'].get.security).toEqual([]);
    expect(paths['/api/v1/me'].get.security).toEqual([{ bearer: [] }]);
  });
});
