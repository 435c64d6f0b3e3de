import { ReportView } from '@waystation/http-api';
import { WaystationSystem } from '@waystation/system';
import {
  asXmlText,
  everyItemOf,
  gatewayAs,
  OPEN311_FIELDS,
  parseOpen311Xml,
  placeReport,
  queryDatabase,
  signInAdmin,
  startTestSystem,
  type TestAccount,
  waitFor,
} from '@waystation/testing';
import { newStaffAccount, newWorkerAccount } from './accounts';
import { jiangxiaReport, scenario } from './scenario';

const {
  service: SERVICE_FIELDS,
  attribute: ATTRIBUTE_FIELDS,
  request: REQUEST_FIELDS,
  update: UPDATE_FIELDS,
  created: CREATED_FIELDS,
  token: TOKEN_FIELDS,
  discovery: DISCOVERY_FIELDS,
  endpoint: ENDPOINT_FIELDS,
} = OPEN311_FIELDS;

const BASE = '/open311/v2';

interface Open311Request {
  service_request_id: string;
  status: string;
  service_code: string;
  requested_datetime: string;
  [field: string]: unknown;
}

describe('Open311 GeoReport v2 through the gateway', () => {
  let system: WaystationSystem;
  let gatewayUrl: string;
  let worker: TestAccount;
  let staff: TestAccount;
  let windowStart: string;
  let confirmed: ReportView;
  let rejected: ReportView;
  let submitted: ReportView;
  let careReferral: ReportView;
  let windowEnd: string;

  /** The JSON answer at `path.json`, checked to be the same data as the XML answer at `path.xml` under `root`. */
  async function both(path: string, root: string, status = 200): Promise<unknown> {
    const json = await gatewayAs(gatewayUrl)
      .get(`${BASE}/${path.replace('{format}', 'json')}`)
      .expect(status);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    const xml = await gatewayAs(gatewayUrl)
      .get(`${BASE}/${path.replace('{format}', 'xml')}`)
      .expect(status);
    expect(xml.headers['content-type']).toBe('text/xml; charset=utf-8');
    expect(xml.text).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>/);
    expect(parseOpen311Xml(xml.text, root)).toEqual(asXmlText(json.body));
    return json.body;
  }

  const requests = async (query: string) => (await both(`requests.{format}?${query}`, 'service_requests')) as Open311Request[];

  beforeAll(async () => {
    system = await startTestSystem();
    gatewayUrl = system.url('gateway');
    worker = await newWorkerAccount(gatewayUrl);
    staff = await newStaffAccount(gatewayUrl);
    const steps = scenario(gatewayUrl);
    windowStart = new Date(Date.now() - 1_000).toISOString();
    confirmed = await steps.submitReport(worker);
    await steps.confirmReport(staff, confirmed.id);
    rejected = await steps.submitReport(worker, { ...jiangxiaReport, category: 'littering', description: '路边乱扔的纸箱' });
    await gatewayAs(gatewayUrl, staff).post(`/api/v1/reports/${rejected.id}/reject`).send({ reasonCode: 'not-a-problem' }).expect(200);
    submitted = await steps.submitReport(worker, { ...jiangxiaReport, description: '另一处满溢的垃圾桶' });
    careReferral = await steps.submitReport(worker, {
      ...jiangxiaReport,
      category: 'elderly-living-alone',
      description: '楼下的独居老人几天没出门',
      answers: {},
    });
    windowEnd = new Date(Date.now() + 1_000).toISOString();
  }, 300_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('lists the categories on offer as services with the spec fields, leaving care referrals out', async () => {
    const services = (await both('services.{format}', 'services')) as Record<string, unknown>[];

    expect(services.length).toBeGreaterThan(5);
    for (const service of services) expect(Object.keys(service).sort()).toEqual([...SERVICE_FIELDS].sort());
    expect(services).toContainEqual(
      expect.objectContaining({ service_code: 'piled-materials', metadata: true, type: 'realtime', group: 'obstruction' }),
    );
    expect(services.map((service) => service.service_code)).not.toContain('elderly-living-alone');
  });

  it("defines a service by the category's questions, as attributes with their values", async () => {
    const definition = (await both('services/piled-materials.{format}', 'service_definition')) as {
      service_code: string;
      attributes: Record<string, unknown>[];
    };

    expect(definition.service_code).toBe('piled-materials');
    expect(definition.attributes[0]).toMatchObject({
      variable: true,
      code: 'material-kind',
      datatype: 'multivaluelist',
      order: 1,
      values: expect.arrayContaining([{ key: 'construction-waste', name: '建筑垃圾、砂石' }]),
    });
    for (const attribute of definition.attributes) expect(ATTRIBUTE_FIELDS).toEqual(expect.arrayContaining(Object.keys(attribute)));
  });

  it('answers an unknown service, a care referral and an unknown format with the spec errors and 404', async () => {
    expect(await both('services/no-such-service.{format}', 'errors', 404)).toEqual([
      { code: 404, description: expect.stringContaining('category-not-found') },
    ]);
    expect(await both('services/elderly-living-alone.{format}', 'errors', 404)).toEqual([
      { code: 404, description: expect.stringContaining('service-not-offered') },
    ]);
    const csv = await gatewayAs(gatewayUrl).get(`${BASE}/services.csv`).expect(404);
    expect(csv.body).toEqual([{ code: 404, description: expect.stringContaining('format-unknown') }]);
  });

  it('gets requests by id, with the spec fields, status open or closed, and nothing of the reporter', async () => {
    const found = await requests(`service_request_id=${confirmed.id},${rejected.id},${careReferral.id}`);

    expect(found.map((request) => request.service_request_id).sort()).toEqual([confirmed.id, rejected.id].sort());
    for (const request of found) expect(REQUEST_FIELDS).toEqual(expect.arrayContaining(Object.keys(request)));
    expect(found.find((request) => request.service_request_id === confirmed.id)).toMatchObject({
      status: 'open',
      service_code: 'overflowing-bins',
      description: expect.not.stringContaining(jiangxiaReport.description),
      requested_datetime: confirmed.submittedAt,
    });
    const published = found.find((request) => request.service_request_id === confirmed.id) as Open311Request & {
      lat: number;
      long: number;
    };
    expect(published).not.toHaveProperty('address');
    // The ~100 m cell's centre, as the public feed publishes it: near the report, never exactly where the worker stood.
    expect(Math.abs(published.lat - jiangxiaReport.location.lat)).toBeLessThan(0.001);
    expect(Math.abs(published.long - jiangxiaReport.location.lng)).toBeLessThan(0.0012);
    expect([published.lat, published.long]).not.toEqual([jiangxiaReport.location.lat, jiangxiaReport.location.lng]);
    expect(found.find((request) => request.service_request_id === rejected.id)).toMatchObject({ status: 'closed' });
    expect(JSON.stringify(found)).not.toContain(worker.actor.id);
  });

  it('gets one request as a list of one, and a care referral or an unknown id not at all', async () => {
    expect(await both(`requests/${submitted.id}.{format}`, 'service_requests')).toEqual([
      expect.objectContaining({ service_request_id: submitted.id, status: 'open', status_notes: expect.any(String) }),
    ]);
    expect(await both(`requests/${careReferral.id}.{format}`, 'errors', 404)).toEqual([{ code: 404, description: expect.any(String) }]);
    expect(await both('requests/not-an-id.{format}', 'errors', 404)).toEqual([{ code: 404, description: expect.any(String) }]);
  });

  it('filters requests by service code, status and dates, newest first', async () => {
    const window = `start_date=${windowStart}&end_date=${windowEnd}`;
    const ids = (found: Open311Request[]) => found.map((request) => request.service_request_id);

    expect(ids(await requests(window))).toEqual([submitted.id, rejected.id, confirmed.id]);
    expect(ids(await requests(`${window}&service_code=littering`))).toEqual([rejected.id]);
    expect(ids(await requests(`${window}&status=open`))).toEqual([submitted.id, confirmed.id]);
    expect(ids(await requests(`${window}&status=closed`))).toEqual([rejected.id]);
    expect(ids(await requests(`start_date=${rejected.submittedAt}&end_date=${windowEnd}`))).toEqual([submitted.id, rejected.id]);
    // Other specs of the run share the database, so the minute before may hold their reports, never these.
    const before = ids(await requests(`end_date=${windowStart}&start_date=${new Date(Date.parse(windowStart) - 60_000).toISOString()}`));
    expect(before.filter((id) => [submitted.id, rejected.id, confirmed.id].includes(id))).toEqual([]);
  });

  it('pages requests with page and page_size', async () => {
    const window = `start_date=${windowStart}&end_date=${windowEnd}&page_size=2`;

    const first = await requests(`${window}&page=1`);
    const second = await requests(`${window}&page=2`);

    expect(first.map((request) => request.service_request_id)).toEqual([submitted.id, rejected.id]);
    expect(second.map((request) => request.service_request_id)).toEqual([confirmed.id]);
  });

  it('reads the last 90 days when no dates are given', async () => {
    const found = await requests('page_size=1000');

    expect(found.map((request) => request.service_request_id)).toEqual(expect.arrayContaining([confirmed.id, submitted.id]));
    const ninetyDaysAgo = Date.now() - 90 * 86_400_000;
    for (const request of found) expect(Date.parse(request.requested_datetime)).toBeGreaterThanOrEqual(ninetyDaysAgo - 60_000);
  });

  it('refuses malformed filters with 400 in the spec error format, naming the parameter', async () => {
    expect(await both('requests.{format}?start_date=yesterday', 'errors', 400)).toEqual([
      { code: 400, description: expect.stringContaining('start_date') },
    ]);
    expect(await both(`requests.{format}?start_date=${windowEnd}&end_date=${windowStart}`, 'errors', 400)).toEqual([
      { code: 400, description: expect.stringContaining('start_date is after end_date') },
    ]);
    expect(await both('requests.{format}?status=pending', 'errors', 400)).toEqual([
      { code: 400, description: expect.stringContaining('status') },
    ]);
    expect(await both('requests.{format}?page_size=1001', 'errors', 400)).toEqual([
      { code: 400, description: expect.stringContaining('page_size') },
    ]);
  });

  it("lists each step of the public requests' lives as servicerequestupdates, never a care referral's", async () => {
    const updates = (await both(
      `servicerequestupdates.{format}?start_date=${windowStart}&end_date=${windowEnd}`,
      'service_request_updates',
    )) as {
      service_request_id: string;
      status: string;
      description: string;
    }[];

    for (const update of updates) expect(UPDATE_FIELDS).toEqual(expect.arrayContaining(Object.keys(update)));
    const of = (id: string) =>
      updates.filter((update) => update.service_request_id === id).map(({ status, description }) => ({ status, description }));
    expect(of(confirmed.id).slice(0, 2)).toEqual([
      { status: 'open', description: 'Received; waiting for review by community staff' },
      { status: 'open', description: 'Confirmed by community staff' },
    ]);
    expect(of(rejected.id)).toEqual([
      { status: 'open', description: 'Received; waiting for review by community staff' },
      { status: 'closed', description: 'Not taken up by community staff' },
    ]);
    expect(of(careReferral.id)).toEqual([]);
    expect(JSON.stringify(updates)).not.toContain(worker.actor.id);
  });

  describe('posting service requests with a key the city office issued', () => {
    let admin: TestAccount;
    let client: { id: string; apiKey: string };
    const form = {
      service_code: jiangxiaReport.category,
      lat: String(jiangxiaReport.location.lat),
      long: String(jiangxiaReport.location.lng),
      address_string: jiangxiaReport.address,
      description: '市民热线转来：公交站旁垃圾桶满溢',
      'attribute[bin-count]': '2',
      email: 'citizen@example.org',
      first_name: '王',
      last_name: '小明',
      phone: '13900001111',
      account_id: 'hotline-citizen-7',
    };

    /** POST requests in `format`, form-encoded as the standard has it. */
    const post = (format: 'json' | 'xml', fields: Record<string, string>) =>
      gatewayAs(gatewayUrl).post(`${BASE}/requests.${format}`).type('form').send(fields);

    /** Posts the same request in JSON and in XML; checks the XML is well-formed and holds what the JSON does. */
    async function postBoth(fields: Record<string, string>, status: number, root = 'service_requests') {
      const json = await post('json', fields).expect(status);
      expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
      const xml = await post('xml', fields).expect(status);
      expect(xml.headers['content-type']).toBe('text/xml; charset=utf-8');
      const parsed = parseOpen311Xml(xml.text, root) as Record<string, unknown>[];
      return { json: json.body as Record<string, string>[], xml: parsed };
    }

    beforeAll(async () => {
      admin = await signInAdmin(gatewayUrl);
      const issued = await gatewayAs(gatewayUrl, admin)
        .post('/api/v1/open311-clients')
        .send({ name: '12345 市民热线', contact: '市热线办' })
        .expect(201);
      client = issued.body;
    });

    it('issues a key once: the admin sees the client in the list, never its key; no one else may issue one', async () => {
      expect(client.apiKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const listed = await gatewayAs(gatewayUrl, admin).get('/api/v1/open311-clients?limit=100').expect(200);
      expect(listed.body.items).toContainEqual(expect.objectContaining({ id: client.id, name: '12345 市民热线', revokedAt: null }));
      expect(JSON.stringify(listed.body)).not.toContain(client.apiKey);
      await gatewayAs(gatewayUrl, staff).post('/api/v1/open311-clients').send({ name: '热线', contact: '热线办' }).expect(403);
      await gatewayAs(gatewayUrl, worker).get('/api/v1/open311-clients').expect(403);
    });

    it('files a request in JSON and XML, answering its id, what happens next and the account_id, the XML holding the JSON', async () => {
      const { json, xml } = await postBoth({ api_key: client.apiKey, ...form }, 201);

      for (const answer of [...json, ...(xml as Record<string, string>[])]) {
        expect(CREATED_FIELDS).toEqual(expect.arrayContaining(Object.keys(answer)));
        expect(answer).toEqual({
          service_request_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
          service_notice: 'Received; waiting for review by community staff',
          account_id: 'hotline-citizen-7',
        });
      }
      expect(json).toHaveLength(1);
      expect(xml).toHaveLength(1);
      expect(xml[0].service_request_id).not.toBe(json[0].service_request_id);
    });

    it('serves the request it filed over GET requests/{id} and tokens/{token}, as the public feed has it: nothing of the submitter', async () => {
      const [{ service_request_id: id }] = (await post('json', { api_key: client.apiKey, ...form }).expect(201)).body;

      const [request] = (await both(`requests/${id}.{format}`, 'service_requests')) as Open311Request[];
      expect(request).toMatchObject({
        service_request_id: id,
        status: 'open',
        service_code: 'overflowing-bins',
        description: expect.not.stringContaining(form.description),
      });
      expect(REQUEST_FIELDS).toEqual(expect.arrayContaining(Object.keys(request)));
      expect(JSON.stringify(request)).not.toMatch(/citizen@example\.org|13900001111|小明|hotline-citizen-7/);
      const tokens = (await both(`tokens/${id}.{format}`, 'service_requests')) as Record<string, string>[];
      expect(tokens).toEqual([{ service_request_id: id, token: id }]);
      for (const token of tokens) expect(Object.keys(token).sort()).toEqual([...TOKEN_FIELDS].sort());
      expect(await both('tokens/not-a-token.{format}', 'errors', 404)).toEqual([{ code: 404, description: expect.any(String) }]);
    });

    it("puts the request in the community staff's review queue; confirming it credits no one and tells no one", async () => {
      const [{ service_request_id: id }] = (await post('json', { api_key: client.apiKey, ...form }).expect(201)).body;
      await placeReport(id);

      const queue = await everyItemOf<ReportView>(gatewayAs(gatewayUrl, staff), '/api/v1/review-queue?category=overflowing-bins');
      expect(queue.map((item) => item.id)).toContain(id);
      await gatewayAs(gatewayUrl, staff).post(`/api/v1/reports/${id}/confirm`).send({}).expect(200);

      // Points has taken the confirmation (its inbox holds the event) and left no posting of any kind for the report.
      const [{ id: eventId }] = await waitFor(
        async () => {
          const rows = await queryDatabase<{ id: string }>(
            'reports',
            `SELECT id FROM outbox_messages WHERE message_key = $1 AND event_type = 'report.confirmed'`,
            [id],
          );
          return rows.length > 0 ? rows : undefined;
        },
        { description: 'the confirmation in the outbox', timeoutMs: 30_000 },
      );
      await waitFor(
        async () => (await queryDatabase('points', 'SELECT 1 FROM inbox_messages WHERE event_id = $1', [eventId])).length > 0 || undefined,
        { description: 'points to have taken the confirmation', timeoutMs: 60_000, intervalMs: 250 },
      );
      expect(await queryDatabase('points', 'SELECT id FROM ledger_postings WHERE reference_id = $1', [id])).toEqual([]);
      expect(await queryDatabase('points', 'SELECT id FROM ledger_accounts WHERE owner_id = $1', [client.id])).toEqual([]);
      expect(await queryDatabase('notifications', 'SELECT id FROM notifications WHERE recipient_id = $1', [client.id])).toEqual([]);
    });

    it('refuses a key never issued with 403, another jurisdiction with 404 and a missing service_code with 400, in the spec errors', async () => {
      const refused = await postBoth({ ...form, api_key: 'not-a-key-the-city-issued' }, 403, 'errors');
      expect(refused.json).toEqual([{ code: 403, description: expect.stringContaining('api-key-refused') }]);
      expect(refused.xml).toEqual(asXmlText(refused.json));

      const elsewhere = await postBoth({ ...form, api_key: client.apiKey, jurisdiction_id: 'elsewhere.example' }, 404, 'errors');
      expect(elsewhere.json).toEqual([{ code: 404, description: expect.stringContaining('jurisdiction-unknown') }]);
      expect(elsewhere.xml).toEqual(asXmlText(elsewhere.json));
      await post('json', { ...form, api_key: client.apiKey, jurisdiction_id: 'waystation.city' }).expect(201);

      const { service_code: _omitted, ...withoutService } = form;
      const missing = await postBoth({ ...withoutService, api_key: client.apiKey }, 400, 'errors');
      expect(missing.json).toEqual([{ code: 400, description: expect.stringContaining('service_code') }]);
      expect(missing.xml).toEqual(asXmlText(missing.json));

      const { lat: _lat, long: _long, ...addressOnly } = form;
      expect((await post('json', { ...addressOnly, api_key: client.apiKey }).expect(400)).body).toEqual([
        { code: 400, description: expect.stringContaining('lat and long are required') },
      ]);
      expect((await post('json', { ...form, api_key: client.apiKey, service_code: 'elderly-living-alone' }).expect(404)).body).toEqual([
        { code: 404, description: expect.stringContaining('service-not-offered') },
      ]);
    });

    it('refuses a revoked key from the next request on', async () => {
      const issued = await gatewayAs(gatewayUrl, admin)
        .post('/api/v1/open311-clients')
        .send({ name: '旧系统', contact: '市热线办' })
        .expect(201);
      await post('json', { api_key: issued.body.apiKey, ...form }).expect(201);

      const revoked = await gatewayAs(gatewayUrl, admin).post(`/api/v1/open311-clients/${issued.body.id}/revoke`).expect(200);

      expect(revoked.body.revokedAt).toEqual(expect.any(String));
      expect((await post('json', { api_key: issued.body.apiKey, ...form }).expect(403)).body).toEqual([
        { code: 403, description: expect.stringContaining('api-key-refused') },
      ]);
    });

    it('describes itself in the discovery document, in JSON and XML', async () => {
      const json = await gatewayAs(gatewayUrl).get('/open311/discovery.json').expect(200);
      const xml = await gatewayAs(gatewayUrl).get('/open311/discovery.xml').expect(200);

      expect(parseOpen311Xml(xml.text, 'discovery')).toEqual(asXmlText(json.body));
      expect(Object.keys(json.body).sort()).toEqual([...DISCOVERY_FIELDS].sort());
      const [endpoint] = json.body.endpoints;
      expect(Object.keys(endpoint).sort()).toEqual([...ENDPOINT_FIELDS].sort());
      expect(endpoint).toMatchObject({
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: `${gatewayUrl}/open311/v2`,
        type: 'production',
        formats: ['application/json', 'text/xml'],
      });
    });
  });
});
