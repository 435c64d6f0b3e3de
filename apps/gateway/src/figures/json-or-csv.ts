import type { Request, Response } from 'express';

export const CSV_TYPE = 'text/csv';
export const JSON_TYPE = 'application/json';

/**
 * The figures as the caller asked: `format` if given, else by the Accept header, JSON by default. CSV goes as an
 * attachment named `filename`, written by `toCsv`.
 */
export function answerJsonOrCsv<T>(
  view: T,
  { format, request, response }: { format: 'json' | 'csv' | undefined; request: Request; response: Response },
  filename: string,
  toCsv: (view: T) => string,
): T | string {
  if ((format ?? (request.accepts([JSON_TYPE, CSV_TYPE]) === CSV_TYPE ? 'csv' : 'json')) === 'json') return view;
  response.type(`${CSV_TYPE}; charset=utf-8`).attachment(filename);
  return toCsv(view);
}
