import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { DEV_USER_ID_HEADER, DEV_USER_ROLE_HEADER } from '../identity/dev-identity';

/** The public API's OpenAPI document: UI at /docs, JSON at /docs/json. */
export function setupOpenApi(app: INestApplication): void {
  // 3.1: its schemas are plain JSON Schema (2020-12), which clients in any language can validate against.
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Waystation API')
    .setDescription(
      'Public HTTP API for the Waystation worker app and staff console. Errors are RFC 9457 problem+json; ' +
        'lists are cursor-paginated (`?cursor=&limit=` → `{ items, nextCursor }`). Until sign-in lands, the caller ' +
        `is named by the development-only headers ${DEV_USER_ID_HEADER} and ${DEV_USER_ROLE_HEADER}.`,
    )
    .setVersion('1')
    .addApiKey({ type: 'apiKey', in: 'header', name: DEV_USER_ID_HEADER }, 'dev-user-id')
    .addApiKey({ type: 'apiKey', in: 'header', name: DEV_USER_ROLE_HEADER }, 'dev-user-role')
    .addSecurityRequirements('dev-user-id')
    .addSecurityRequirements('dev-user-role')
    .build();
  const document = cleanupOpenApiDoc(SwaggerModule.createDocument(app, config));
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/json' });
}
