import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';
import { CSV_TYPE, JSON_TYPE } from '../figures/json-or-csv';

/** Documents a figures route that answers `view` as JSON, or as CSV with `columns` (see answerJsonOrCsv). */
export function ApiJsonOrCsvResponse(view: Type, { lines, columns }: { lines: string; columns: string }): MethodDecorator {
  return applyDecorators(
    ApiExtraModels(view),
    ApiOkResponse({
      description: `JSON, or CSV (${lines}) for \`?format=csv\` or \`Accept: text/csv\``,
      content: {
        [JSON_TYPE]: { schema: { $ref: getSchemaPath(view) } },
        [CSV_TYPE]: { schema: { type: 'string', description: columns } },
      },
    }),
  );
}
