import { WaystationSystem } from '@waystation/system';
import { gatewayAs, OpenApiConformance, openLiveEvents, signInAdmin, startTestSystem, tinyTestPhoto } from '@waystation/testing';
import { authorizationMatrix, type MatrixRow } from './authorization-matrix';
import { type MatrixCallers, signInCallers } from './matrix-callers';
import { type Caller, CALLERS, outcomeOf, SIGNED_IN } from './matrix-cells';
import { createFixtures, createMapAndStations, type MatrixFixtures } from './matrix-fixtures';

interface Answer {
  caller: Caller;
  status: number;
  contentType: string;
  body: unknown;
}

describe('authorization matrix: every public route as every caller', () => {
  let system: WaystationSystem;
  let gatewayUrl: string;
  let conformance: OpenApiConformance;
  let documented: string[];
  let securityOf: Map<string, object[] | undefined>;
  let callers: MatrixCallers;
  let fixtures: MatrixFixtures;
  let photo: Buffer;

  beforeAll(async () => {
    system = await startTestSystem();
    photo = await tinyTestPhoto();
    gatewayUrl = system.url('gateway');
    const openApi = (await gatewayAs(gatewayUrl).get('/docs/json').expect(200)).body;
    conformance = new OpenApiConformance(openApi);
    const operations = Object.entries(openApi.paths as Record<string, Record<string, { security?: object[] }>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => [`${method.toUpperCase()} ${path}`, operation.security] as const),
    );
    documented = operations.map(([route]) => route);
    securityOf = new Map(operations);
    const stations = await createMapAndStations(gatewayUrl, await signInAdmin(gatewayUrl));
    callers = await signInCallers(gatewayUrl, stations);
    fixtures = await createFixtures(gatewayUrl, stations, callers);
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('has one row for every documented route, and none for a route that is not documented', () => {
    const rows = authorizationMatrix.map((row) => row.route);
    expect({
      missing: documented.filter((route) => !rows.includes(route)),
      undocumented: rows.filter((route) => !documented.includes(route)),
    }).toEqual({
      missing: [],
      undocumented: [],
    });
    expect(rows.length).toBe(new Set(rows).size);
  });

  it('documents the bearer scheme on exactly the routes that turn away a caller without a token', () => {
    // Routes that check credentials of their own (sign-in, refresh) answer 401 to everyone, token or not.
    const needsToken = (row: MatrixRow) => row.expect.anonymous === 401 && SIGNED_IN.some((caller) => row.expect[caller] !== 401);
    const wrong = authorizationMatrix
      .filter((row) => JSON.stringify(securityOf.get(row.route)) !== JSON.stringify(needsToken(row) ? [{ bearer: [] }] : []))
      .map((row) => `${row.route}: documents ${JSON.stringify(securityOf.get(row.route))}`);
    expect(wrong).toEqual([]);
  });

  it.each(authorizationMatrix.map((row) => [row.route, row] as const))('%s', async (_route, row) => {
    const answers = await callAsEveryone(row);

    const wrong = answers.flatMap((answer) => {
      const expected = row.expect[answer.caller];
      const outcome = outcomeOf(answer.status);
      const why = row.pending?.[answer.caller];
      if (why !== undefined)
        return outcome === expected ? [`${answer.caller}: answers ${answer.status} as expected now; remove its pending note (${why})`] : [];
      return outcome === expected ? [] : [`${answer.caller}: expected ${expected}, got ${answer.status}`];
    });
    const [method, path] = row.route.split(' ');
    const undocumented = answers.flatMap((answer) =>
      conformance.problemsWith(method, path, { status: answer.status, headers: { 'content-type': answer.contentType }, body: answer.body }),
    );
    expect({ wrong, undocumented }).toEqual({ wrong: [], undocumented: [] });
  });

  /** Calls the row as every caller: first those expected to be refused, together, then the allowed ones in turn. */
  async function callAsEveryone(row: MatrixRow): Promise<Answer[]> {
    const refused = CALLERS.filter((caller) => row.expect[caller] !== 'allowed');
    const allowed = CALLERS.filter((caller) => row.expect[caller] === 'allowed');
    const answers = await Promise.all(refused.map((caller) => callAs(row, caller)));
    for (const caller of allowed) answers.push(await callAs(row, caller));
    return answers;
  }

  async function callAs(row: MatrixRow, caller: Caller): Promise<Answer> {
    const token =
      row.throwaway && SIGNED_IN.includes(caller)
        ? (await callers.fresh(caller as Parameters<MatrixCallers['fresh']>[0])).accessToken
        : callers.tokenOf(caller);
    const response = await send(row, token);
    return { caller, status: response.status, contentType: response.headers['content-type'] ?? '', body: response.body };
  }

  async function send(row: MatrixRow, accessToken: string | undefined) {
    const [method, documentedPath] = row.route.split(' ');
    if (row.stream) {
      const connection = await openLiveEvents(gatewayUrl, accessToken === undefined ? undefined : { accessToken });
      connection.close();
      return connection;
    }
    const path = documentedPath.replace(/\{(\w+)\}/g, (_, param: string) => {
      const fixture = row.params?.[param];
      if (!fixture) throw new Error(`${row.route}: no fixture named for {${param}}`);
      return encodeURIComponent(fixtures[fixture]);
    });
    const as = gatewayAs(gatewayUrl, accessToken === undefined ? undefined : { accessToken });
    const verb = method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete';
    const request = as[verb](row.query ? `${path}?${row.query}` : path);
    if (row.csv !== undefined) return request.set('content-type', 'text/csv').send(row.csv);
    if (row.image) return request.set('content-type', 'image/jpeg').send(photo);
    const body = typeof row.body === 'function' ? row.body(fixtures) : row.body;
    return body === undefined ? request : request.send(body);
  }
});
