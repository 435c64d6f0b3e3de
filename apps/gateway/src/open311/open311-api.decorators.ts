import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtraModels, ApiParam, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { Open311ErrorDto } from '@waystation/http-api';
import { OPEN311_FORMATS, open311ItemElementOf } from './open311-format';

type Open311ErrorStatus = 400 | 403 | 404 | 422;

const ERROR_MEANING: Record<Open311ErrorStatus | 429 | 502 | 503, string> = {
  400: 'A parameter is malformed; the description names it',
  403: 'The api_key is not one the city office issued, or it was revoked',
  422: 'The intake refused the request: an answer that does not fit, outside the city map, or an emergency (whom to call)',
  404: 'No such service or request, or not one Open311 publishes (care referrals), or an unknown format',
  429: 'Over the rate limit per client address',
  502: 'A service behind the gateway failed',
  503: 'A service is unreachable or busy; try again shortly',
};

const XML_CONTENT_TYPE = 'text/xml';
const JSON_CONTENT_TYPE = 'application/json';

/** Documents `{format}`, the path's extension: `json` or `xml`. */
export const ApiOpen311Format = (): MethodDecorator =>
  ApiParam({ name: 'format', description: "The answer's format", schema: { type: 'string', enum: [...OPEN311_FORMATS] } });

/**
 * Documents a GeoReport v2 answer in both formats: JSON, one `model` or a bare array of them (`list`), and the
 * same data as XML under `xmlRoot`, each item in its element.
 */
export function ApiOpen311Ok(options: {
  model: Type;
  list: boolean;
  xmlRoot: string;
  description: string;
  status?: 200 | 201;
}): MethodDecorator {
  const ref = { $ref: getSchemaPath(options.model) };
  const item = open311ItemElementOf(options.xmlRoot);
  const inside = item ? `<${options.xmlRoot}><${item}>…</${item}></${options.xmlRoot}>` : `<${options.xmlRoot}>…</${options.xmlRoot}>`;
  return applyDecorators(
    ApiExtraModels(options.model),
    ApiResponse({
      status: options.status ?? 200,
      description: options.description,
      content: {
        [JSON_CONTENT_TYPE]: { schema: options.list ? { type: 'array', items: ref } : ref },
        [XML_CONTENT_TYPE]: { schema: { type: 'string', description: `The same data as XML: ${inside}` } },
      },
    }),
  );
}

/** Documents GeoReport v2's errors, `[{code, description}]` or `<errors><error>`, for the statuses named and those every route can give. */
export function ApiOpen311Errors(...statuses: Open311ErrorStatus[]): MethodDecorator {
  const list = { type: 'array', items: { $ref: getSchemaPath(Open311ErrorDto.Output) } };
  return applyDecorators(
    ApiExtraModels(Open311ErrorDto.Output),
    ...[...statuses, 429 as const, 502 as const, 503 as const].map((status) =>
      ApiResponse({
        status,
        description: ERROR_MEANING[status],
        content: {
          [JSON_CONTENT_TYPE]: { schema: list },
          [XML_CONTENT_TYPE]: { schema: { type: 'string', description: 'The same as XML: <errors><error>…</error></errors>' } },
        },
      }),
    ),
  );
}
