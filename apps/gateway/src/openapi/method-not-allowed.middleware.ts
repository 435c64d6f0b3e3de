import { MethodNotAllowedException } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { documentedMethods } from './documented-methods';

/** A documented path called with a method it does not have: 405 problem+json with `Allow`, not a 404. */
export function methodNotAllowed(document: OpenAPIObject): RequestHandler {
  const methodsOf = documentedMethods(document);
  return (request: Request, response: Response, next: NextFunction) => {
    const allowed = methodsOf(request.path);
    if (!allowed || allowed.includes(request.method)) return next();
    response.setHeader('Allow', allowed.join(', '));
    next(new MethodNotAllowedException(`${request.method} is not supported on ${request.path}; use ${allowed.join(', ')}`));
  };
}
