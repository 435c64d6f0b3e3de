import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { correlationIdSchema } from '@waystation/contracts';
import { CORRELATION_ID_HEADER } from '@waystation/platform';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { z } from 'zod';
import { methodNotAllowed } from './method-not-allowed.middleware';

const BEARER_SCHEME = 'bearer';

/** The public API's OpenAPI document: UI at /docs, JSON at /docs/json; its paths answer other methods with 405. */
export function setupOpenApi(app: INestApplication): void {
  const document = buildOpenApiDocument(app);
  app.use(methodNotAllowed(document));
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/json' });
}

/** The document of the app's routes as served at /docs/json (also written to docs/openapi.json for clients). */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  // 3.1: its schemas are plain JSON Schema (2020-12), which clients in any language can validate against.
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Waystation API')
    .setDescription(
      'Public HTTP API for the Waystation worker app and staff console. Errors are RFC 9457 problem+json; ' +
        'lists are cursor-paginated (`?cursor=&limit=` → `{ items, nextCursor }`). Sign in (`/api/v1/auth/…`) for a ' +
        'token pair and send `Authorization: Bearer <accessToken>`; exchange the refresh token at `/api/v1/auth/refresh` ' +
        'before the access token expires (a refused token answers 401 with `WWW-Authenticate: Bearer`). ' +
        'A documented path called with a method it does not list answers 405 (method-not-allowed) with `Allow`.',
    )
    .setVersion('1')
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: 'The accessToken of a sign-in or refresh (ES256, keys at /.well-known/jwks.json)',
      },
      BEARER_SCHEME,
    )
    .build();
  return withCorrelationIdHeader(withIdentityRequirements(cleanupOpenApiDoc(SwaggerModule.createDocument(app, config))));
}

/**
 * The operations that can answer 401 (IdentityGuard's, documented by ApiProblems) require a bearer token, unless
 * they check credentials of their own (ApiOwnCredentials); the public ones (@Public(), health) require nothing.
 */
function withIdentityRequirements(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as { responses?: Record<string, unknown>; security?: object[] }[]) {
      if (operation.security?.some((requirement) => Object.keys(requirement).length === 0)) operation.security = [];
      else operation.security = operation.responses && '401' in operation.responses ? [{ [BEARER_SCHEME]: [] }] : [];
    }
  }
  return document;
}

/** Every operation takes an `x-correlation-id` and answers with the one it used (see correlationIdFrom). */
function withCorrelationIdHeader(document: OpenAPIObject): OpenAPIObject {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(correlationIdSchema);
  const parameter = {
    name: CORRELATION_ID_HEADER,
    in: 'header' as const,
    required: false,
    schema,
    description: 'Ties the request to the events it causes; one that is not of this form is replaced by a fresh UUID v7',
  };
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as { parameters?: unknown[] }[]) {
      operation.parameters = [...(operation.parameters ?? []), parameter];
    }
  }
  return document;
}
