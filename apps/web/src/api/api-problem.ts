/** An RFC 9457 problem the gateway answered, as an error the screens can show by its `code`. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail);
  }

  static from(status: number, body: unknown): ApiProblem {
    const { code, detail, ...extensions } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    return new ApiProblem(status, typeof code === 'string' ? code : 'unknown', typeof detail === 'string' ? detail : '', extensions);
  }
}

/** The data of an openapi-fetch answer, or its problem thrown. */
export function dataOf<T>({ data, error, response }: { data?: T; error?: unknown; response: Response }): T {
  if (error !== undefined || data === undefined) throw ApiProblem.from(response.status, error);
  return data;
}
