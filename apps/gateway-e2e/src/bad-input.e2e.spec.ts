import { REPORT_PHOTO_MAX_BYTES } from '@waystation/http-api';
import { WaystationSystem } from '@waystation/system';
import { gatewayAs, queryDatabase, signInAdmin, startTestSystem, type TestAccount } from '@waystation/testing';
import { newStaffAccount, newWorkerAccount } from './accounts';
import { request as httpRequest } from 'node:http';
import request from 'supertest';
import { v7 as uuidv7 } from 'uuid';
import { jiangxiaReport } from './scenario';

/** For a submission refused before its photos are attached (unknown category, outside the map…): any photo id will do. */
const anyPhoto = { photoIds: ['0193a0b2-7c3e-7000-8000-00000000a0f0'] };

interface BadRequestCase {
  name: string;
  send: (gatewayUrl: string) => Promise<{ status: number; body: Record<string, unknown>; headers: Record<string, string> }>;
  status: number;
  /** The field the problem must name, or a code it must carry (and words its detail must contain). */
  names: { field: string } | { code: string; detail?: string };
}

// Signed in once the system runs (beforeAll); the cases read them when they are sent.
let worker: TestAccount;
let staff: TestAccount;
let admin: TestAccount;
const unknownId = uuidv7();

const postJson = (url: string, path: string, body: string | Buffer) =>
  gatewayAs(url, worker).post(path).set('content-type', 'application/json').send(body);

/** Starts a photo upload that declares `contentLength` bytes and sends none, and reads the answer. */
function headersOnlyUpload(url: string, contentLength: number): ReturnType<BadRequestCase['send']> {
  return new Promise((resolve, reject) => {
    const headers = {
      authorization: `Bearer ${worker.accessToken}`,
      'content-type': 'image/jpeg',
      'content-length': String(contentLength),
    };
    const upload = httpRequest(`${url}/api/v1/report-photos`, { method: 'POST', headers }, async (response) => {
      const text = Buffer.concat(await response.toArray()).toString('utf8');
      resolve({ status: response.statusCode ?? 0, body: JSON.parse(text), headers: response.headers as Record<string, string> });
      upload.destroy();
    });
    upload.on('error', reject);
    upload.flushHeaders();
  });
}

const cases: BadRequestCase[] = [
  {
    name: 'a report with a NUL in its description',
    status: 400,
    names: { field: 'description' },
    send: (url) =>
      gatewayAs(url, worker)
        .post('/api/v1/reports')
        .send({ ...jiangxiaReport, description: '垃圾\u0000桶' }),
  },
  {
    name: 'a report with an escape character in its address',
    status: 400,
    names: { field: 'address' },
    send: (url) =>
      gatewayAs(url, worker)
        .post('/api/v1/reports')
        .send({ ...jiangxiaReport, address: '文化大道\u001b[31m' }),
  },
  {
    name: 'a report with a NUL in a photo id',
    status: 400,
    names: { field: 'photoIds.0' },
    send: (url) =>
      gatewayAs(url, worker)
        .post('/api/v1/reports')
        .send({ ...jiangxiaReport, photoIds: ['0193a0b2-7c3e-7000-8000-\u000000000a001'] }),
  },
  {
    name: 'a report without a photo',
    status: 400,
    names: { field: 'photoIds' },
    send: (url) =>
      gatewayAs(url, worker)
        .post('/api/v1/reports')
        .send({ ...jiangxiaReport, photoIds: [] }),
  },
  {
    name: 'a text file uploaded as a photo',
    status: 415,
    names: { code: 'unsupported-photo-type' },
    send: (url) => gatewayAs(url, worker).post('/api/v1/report-photos').set('content-type', 'image/jpeg').send(Buffer.from('just text\n')),
  },
  {
    name: 'a photo upload over 10 MiB',
    status: 413,
    names: { code: 'payload-too-large' },
    // Headers alone: the gateway answers before the body, and a client still writing it would meet a closed socket.
    send: (url) => headersOnlyUpload(url, REPORT_PHOTO_MAX_BYTES + 1),
  },
  {
    name: 'a photo upload sent as JSON',
    status: 415,
    names: { code: 'unsupported-media-type' },
    send: (url) => postJson(url, '/api/v1/report-photos', '{"photo": "base64…"}'),
  },
  {
    name: 'a report body over the size limit',
    status: 413,
    names: { code: 'payload-too-large' },
    send: (url) =>
      gatewayAs(url, worker)
        .post('/api/v1/reports')
        .send({ ...jiangxiaReport, description: '满'.repeat(200_000) }),
  },
  {
    name: 'a report body in UTF-16',
    status: 415,
    names: { code: 'unsupported-media-type', detail: 'utf-16' },
    send: (url) =>
      postJson(url, '/api/v1/reports', Buffer.from(JSON.stringify(jiangxiaReport), 'utf16le')).set(
        'content-type',
        'application/json; charset=utf-16',
      ),
  },
  {
    name: 'a report body in an unknown content-encoding',
    status: 415,
    names: { code: 'unsupported-media-type', detail: 'encoding' },
    send: (url) => postJson(url, '/api/v1/reports', JSON.stringify(jiangxiaReport)).set('content-encoding', 'zstd-ish'),
  },
  {
    name: 'a gzip report body that does not inflate',
    status: 400,
    names: { code: 'bad-request' },
    send: (url) => postJson(url, '/api/v1/reports', 'not gzip').set('content-encoding', 'gzip'),
  },
  {
    name: 'a rejection reason with a NUL',
    status: 400,
    names: { field: 'note' },
    send: (url) =>
      gatewayAs(url, staff).post(`/api/v1/reports/${unknownId}/reject`).send({ reasonCode: 'duplicate', note: '照片\u0000不清晰' }),
  },
  {
    name: 'a station name with a bell character',
    status: 400,
    names: { field: 'names.zh-CN' },
    send: (url) =>
      gatewayAs(url, admin)
        .post('/api/v1/stations')
        .send({ names: { 'zh-CN': '驿站\u0007' }, district: '江夏区', address: 'x', location: { lat: 30, lng: 114 } }),
  },
  {
    name: 'nearby stations with empty coordinates',
    status: 400,
    names: { field: 'lat' },
    send: (url) => gatewayAs(url).get('/api/v1/stations/nearby?lat=&lng='),
  },
  {
    name: 'deleting the reports collection',
    status: 405,
    names: { code: 'method-not-allowed', detail: 'GET, POST' },
    send: (url) => request(url).delete('/api/v1/reports'),
  },
  {
    name: 'a report with an unknown category',
    status: 422,
    names: { code: 'category-not-offered', detail: 'aliens' },
    send: (url) =>
      gatewayAs(url, worker)
        .post('/api/v1/reports')
        .send({ ...jiangxiaReport, ...anyPhoto, category: 'aliens' }),
  },
  {
    name: 'a report with a category code that is not kebab-case',
    status: 400,
    names: { field: 'category' },
    send: (url) =>
      gatewayAs(url, worker)
        .post('/api/v1/reports')
        .send({ ...jiangxiaReport, category: 'Not A Code' }),
  },
  {
    name: 'a report outside the service area',
    status: 422,
    names: { code: 'outside-service-area' },
    send: (url) =>
      gatewayAs(url, worker)
        .post('/api/v1/reports')
        .send({ ...jiangxiaReport, ...anyPhoto, location: { lat: 39.9, lng: 116.4, accuracyMeters: 5 } }),
  },
  {
    name: 'a fire hazard with fire burning now',
    status: 422,
    names: { code: 'emergency', detail: '119' },
    send: (url) =>
      gatewayAs(url, worker)
        .post('/api/v1/reports')
        .send({ ...jiangxiaReport, ...anyPhoto, category: 'fire-hazard', answers: { 'fire-or-smoke-now': 'yes' } }),
  },
  {
    name: 'a report without a description',
    status: 400,
    names: { field: 'description' },
    send: (url) =>
      gatewayAs(url, worker)
        .post('/api/v1/reports')
        .send({ ...jiangxiaReport, description: '  ' }),
  },
  {
    name: 'a report located off the globe',
    status: 400,
    names: { field: 'location.lat' },
    send: (url) =>
      gatewayAs(url, worker)
        .post('/api/v1/reports')
        .send({ ...jiangxiaReport, location: { lat: 91, lng: 114 } }),
  },
  {
    name: 'a report with a photo id that is not a UUID',
    status: 400,
    names: { field: 'photoIds.0' },
    send: (url) =>
      gatewayAs(url, worker)
        .post('/api/v1/reports')
        .send({ ...jiangxiaReport, photoIds: ['https://img.example.cn/a.jpg'] }),
  },
  {
    name: 'a report body that is not JSON',
    status: 400,
    names: { code: 'bad-request', detail: 'JSON' },
    send: (url) => gatewayAs(url, worker).post('/api/v1/reports').set('content-type', 'application/json').send('{"category": '),
  },
  {
    name: 'a report id that is not a UUID',
    status: 400,
    names: { code: 'bad-request' },
    send: (url) => gatewayAs(url, worker).get('/api/v1/reports/42'),
  },
  {
    name: 'a report list with an unknown status',
    status: 400,
    names: { field: 'status' },
    send: (url) => gatewayAs(url, staff).get('/api/v1/reports?status=lost'),
  },
  {
    name: 'a report list with limit 0',
    status: 400,
    names: { field: 'limit' },
    send: (url) => gatewayAs(url, worker).get('/api/v1/reports?limit=0'),
  },
  {
    name: 'confirming a report that does not exist',
    status: 404,
    names: { code: 'report-not-found' },
    send: (url) => gatewayAs(url, staff).post(`/api/v1/reports/${unknownId}/confirm`).send({}),
  },
  {
    name: 'rejecting without a reason code',
    status: 400,
    names: { field: 'reasonCode' },
    send: (url) => gatewayAs(url, staff).post(`/api/v1/reports/${unknownId}/reject`).send({}),
  },
  {
    name: 'nearby stations without a latitude',
    status: 400,
    names: { field: 'lat' },
    send: (url) => gatewayAs(url).get('/api/v1/stations/nearby?lng=114.3'),
  },
  {
    name: 'nearby stations with a 1000 km radius',
    status: 400,
    names: { field: 'radius' },
    send: (url) => gatewayAs(url).get('/api/v1/stations/nearby?lat=30.3&lng=114.3&radius=1000000'),
  },
  {
    name: 'nearby stations with an unknown amenity',
    status: 400,
    names: { field: 'amenity.0' },
    send: (url) => gatewayAs(url).get('/api/v1/stations/nearby?lat=30.3&lng=114.3&amenity=sauna'),
  },
  {
    name: 'a station that does not exist',
    status: 404,
    names: { code: 'station-not-found' },
    send: (url) => gatewayAs(url).get(`/api/v1/stations/${unknownId}`),
  },
  {
    name: 'a station without a name',
    status: 400,
    names: { field: 'names' },
    send: (url) =>
      gatewayAs(url, admin)
        .post('/api/v1/stations')
        .send({ district: '江夏区', address: 'x', location: { lat: 30, lng: 114 } }),
  },
  {
    name: 'a worker registering a station',
    status: 403,
    names: { code: 'station-management-not-allowed' },
    send: (url) =>
      gatewayAs(url, worker)
        .post('/api/v1/stations')
        .send({ names: { 'zh-CN': 'x' }, district: '江夏区', address: 'x', location: { lat: 30, lng: 114 } }),
  },
  {
    name: 'my points without identifying',
    status: 401,
    names: { code: 'sign-in-required' },
    send: (url) => gatewayAs(url).get('/api/v1/me/points'),
  },
  {
    name: 'my points with a token the gateway never signed',
    status: 401,
    names: { code: 'access-token-invalid' },
    send: (url) => gatewayAs(url, { accessToken: 'not.a.token' }).get('/api/v1/me/points'),
  },
  {
    name: 'a points history cursor that is not an id',
    status: 400,
    names: { field: 'cursor' },
    send: (url) => gatewayAs(url, worker).get('/api/v1/me/points/transactions?cursor=yesterday'),
  },
  {
    name: 'a notifications page of 1000',
    status: 400,
    names: { field: 'limit' },
    send: (url) => gatewayAs(url, worker).get('/api/v1/me/notifications?limit=1000'),
  },
];

describe('bad input gets a 4xx problem naming what is wrong, and writes nothing', () => {
  let system: WaystationSystem;

  beforeAll(async () => {
    system = await startTestSystem();
    [worker, staff, admin] = [
      await newWorkerAccount(system.url('gateway')),
      await newStaffAccount(system.url('gateway')),
      await signInAdmin(system.url('gateway')),
    ];
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it.each(cases)('$name → $status', async ({ send, status, names }) => {
    const response = await send(system.url('gateway'));

    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
    if ('field' in names) {
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: names.field })]));
      expect(response.body.detail).toContain(names.field);
    } else {
      expect(response.body.code).toBe(names.code);
      expect(response.body.detail).toContain(names.detail ?? '');
    }
    expect(JSON.stringify(response.body)).not.toMatch(/at .+\.(ts|js):\d+/);
    if (status === 405) expect(response.headers.allow).toBe('GET, POST, HEAD');
  });

  it('answers a nearby search around a station at lat 1e-300 with 200, not 502', async () => {
    const tiny = {
      names: { 'zh-CN': '赤道驿站' },
      district: '江夏区',
      address: '零点',
      location: { lat: 1e-300, lng: 100.123457 },
      status: 'operating',
    };
    const created = await gatewayAs(system.url('gateway'), admin).post('/api/v1/stations').send(tiny).expect(201);

    const response = await gatewayAs(system.url('gateway')).get('/api/v1/stations/nearby?lat=0&lng=100.123457&radius=100');

    expect(response.status).toBe(200);
    expect(response.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ id: created.body.id, distanceMeters: 0 })]));
  });

  it('uses a fresh correlation id instead of one that is not a short, well-formed id', async () => {
    const forged = await gatewayAs(system.url('gateway')).get('/api/v1/stations').set('x-correlation-id', 'x'.repeat(500));
    const wellFormed = await gatewayAs(system.url('gateway')).get('/api/v1/stations').set('x-correlation-id', 'trace-42.a');

    expect(forged.headers['x-correlation-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(wellFormed.headers['x-correlation-id']).toBe('trace-42.a');
  });

  it('wrote no report, station or event for any of them', async () => {
    const reports = await queryDatabase<{ count: string }>('reports', 'SELECT count(*) FROM reports WHERE reporter_id = $1', [
      worker.actor.id,
    ]);
    const reportEvents = await queryDatabase<{ count: string }>(
      'reports',
      `SELECT count(*) FROM outbox_messages WHERE envelope -> 'payload' ->> 'reporterId' = $1 OR message_key = $2`,
      [worker.actor.id, unknownId],
    );
    const stations = await queryDatabase<{ count: string }>('stations', `SELECT count(*) FROM stations WHERE address = 'x'`);
    expect([reports, reportEvents, stations].map((rows) => Number(rows[0].count))).toEqual([0, 0, 0]);
  });
});
