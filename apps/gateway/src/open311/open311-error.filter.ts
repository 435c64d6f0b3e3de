import { Catch } from '@nestjs/common';
import { ProblemDetails, ProblemDetailsFilter } from '@waystation/platform';
import type { Request, Response } from 'express';
import { OPEN311_CONTENT_TYPES, open311FormatOfPath, renderOpen311 } from './open311-format';

/**
 * Every error of an Open311 route as GeoReport v2 has it: `[{code, description}]` (XML: `<errors><error>`) in the
 * format the path asked for, with the HTTP status of the problem it stands for.
 */
@Catch()
export class Open311ErrorFilter extends ProblemDetailsFilter {
  protected override write(request: Request, response: Response, body: ProblemDetails): void {
    const format = open311FormatOfPath(request.path);
    const errors = [{ code: body.status, description: `${body.code}: ${body.detail}` }];
    response
      .status(body.status)
      .type(OPEN311_CONTENT_TYPES[format])
      .send(renderOpen311(format, 'errors', errors));
  }
}
