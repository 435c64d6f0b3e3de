import { UnsupportedMediaTypeException } from '@nestjs/common';
import { parse } from 'content-type';
import type { NextFunction, Request, Response } from 'express';

const UTF8 = new Set(['utf-8', 'utf8']);

/**
 * Refuses (415) a body declared in a charset other than UTF-8: body-parser would decode any `utf-*` one
 * (UTF-7, UTF-16), while the API promises JSON in UTF-8 and nothing else. A malformed content-type is left to
 * body-parser, which answers it with 4xx itself.
 */
export function utf8Only(request: Request, _response: Response, next: NextFunction): void {
  const contentType = request.headers['content-type'];
  if (!contentType) return next();
  let charset: string | undefined;
  try {
    charset = parse(contentType).parameters.charset?.toLowerCase();
  } catch {
    return next();
  }
  if (charset !== undefined && !UTF8.has(charset)) {
    return next(new UnsupportedMediaTypeException(`Unsupported charset "${charset}": send UTF-8`));
  }
  next();
}
