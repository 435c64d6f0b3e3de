/** Asserts an RFC 9457 problem answer with the given status and code, as clients rely on it. */
export function expectProblem(
  response: { status: number; headers: Record<string, string>; body: unknown },
  status: number,
  code: string,
): void {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(response.body).toMatchObject({ status, code, type: `/problems/${code}`, title: expect.any(String), detail: expect.any(String) });
}
