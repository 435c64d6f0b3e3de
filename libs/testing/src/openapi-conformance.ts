import Ajv2020 from 'ajv/dist/2020';

interface MediaType {
  /** A reference to a component, or (for a body that is not JSON, such as CSV) the schema itself. */
  schema?: { $ref?: string } & Record<string, unknown>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, MediaType> }> }>>;
}

export interface ObservedResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

const DOCUMENT_ID = 'openapi';

/**
 * Checks real answers against the OpenAPI document the gateway serves (3.1, so its schemas are JSON Schema
 * 2020-12): the status must be documented for the operation, the content type too, and the body must match the
 * schema given for them. Formats are not checked; the schemas' patterns cover the ones that matter.
 */
export class OpenApiConformance {
  private readonly ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });

  constructor(private readonly document: OpenApiDocument) {
    this.ajv.addSchema(document as object, DOCUMENT_ID);
  }

  /** What is wrong with `response` as an answer of `method path` (the path as documented, e.g. `/api/v1/reports/{id}`). */
  problemsWith(method: string, path: string, response: ObservedResponse): string[] {
    const operation = `${method.toUpperCase()} ${path}`;
    const documented = this.document.paths[path]?.[method.toLowerCase()];
    if (!documented) return [`${operation} is not in the document`];
    const answer = documented.responses?.[String(response.status)];
    if (!answer) return [`${operation} answered ${response.status}, which is not documented`];
    const contentType = (response.headers['content-type'] ?? '').split(';')[0].trim();
    // A 204 and its like: documented without content, answered without a body.
    if (!answer.content && contentType === '') return [];
    const schema = answer.content?.[contentType]?.schema;
    if (!schema)
      return [
        `${operation} ${response.status} answered ${contentType}, documented: ${Object.keys(answer.content ?? {}).join(', ') || 'nothing'}`,
      ];
    // Raw bytes (an image), which a JSON schema cannot look into: documented as a binary string, answered as bytes.
    if (schema.format === 'binary')
      return Buffer.isBuffer(response.body) || typeof response.body === 'string'
        ? []
        : [`${operation} ${response.status}: not a binary body`];
    const validate = schema.$ref ? this.ajv.getSchema(`${DOCUMENT_ID}${schema.$ref}`) : this.ajv.compile(inDocument(schema));
    if (!validate) return [`${operation} ${response.status} refers to ${schema.$ref}, which the document lacks`];
    if (validate(response.body)) return [];
    return (validate.errors ?? []).map((error) => `${operation} ${response.status}: ${error.instancePath || '(body)'} ${error.message}`);
  }
}

/** An inline schema (a list of components) whose references are to the document's components, for ajv to resolve them there. */
function inDocument(schema: object): object {
  return JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#/', `"$ref":"${DOCUMENT_ID}#/`)) as object;
}
