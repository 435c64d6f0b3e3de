import type { ObservedResponse } from '@waystation/testing';
import type { ConformanceContext } from './conformance-context';
import { jiangxiaReport } from '../scenario';
import { confirmedReport } from './report-sla.conformance';

const BASE = '/open311/v2';

/**
 * Open311 GeoReport v2, in both formats: a JSON answer is checked against its schema, an XML one as the text the
 * document says it is (open311.e2e.spec.ts checks that the XML holds the JSON's data).
 */
export async function observeOpen311({ system, observe, as, worker, staff, admin }: ConformanceContext): Promise<void> {
  const report = await confirmedReport(system.url('gateway'), as, worker, staff);
  const both = async (path: string, documented: string) => {
    for (const format of ['json', 'xml']) {
      await observe('get', `${BASE}/${documented}`, asText(as().get(`${BASE}/${path.replace('{format}', format)}`)));
    }
  };
  await both('services.{format}', 'services.{format}');
  await both('services/fire-hazard.{format}', 'services/{code}.{format}');
  await both('services/no-such-service.{format}', 'services/{code}.{format}');
  await both(`requests.{format}?service_request_id=${report}`, 'requests.{format}');
  await both('requests.{format}?start_date=yesterday', 'requests.{format}');
  await both(`requests/${report}.{format}`, 'requests/{id}.{format}');
  await both('requests/not-an-id.{format}', 'requests/{id}.{format}');
  await both('servicerequestupdates.{format}', 'servicerequestupdates.{format}');
  await both('servicerequestupdates.{format}?end_date=soon', 'servicerequestupdates.{format}');
  await both(`tokens/${report}.{format}`, 'tokens/{token}.{format}');
  await both('tokens/not-a-token.{format}', 'tokens/{token}.{format}');
  for (const format of ['json', 'xml'])
    await observe('get', '/open311/discovery.{format}', asText(as().get(`/open311/discovery.${format}`)));
  await observeOpen311Posting({ observe, as, admin });
}

/** The city office issues a city system a key, the system posts with it (and without), and the key is revoked. */
async function observeOpen311Posting({ observe, as, admin }: Pick<ConformanceContext, 'observe' | 'as' | 'admin'>): Promise<void> {
  const clients = '/api/v1/open311-clients';
  const client = (await observe('post', clients, as(admin).post(clients).send({ name: '一致性热线', contact: '城市办公室' }))) as {
    id: string;
    apiKey: string;
  };
  const { apiKey } = client;
  await observe('post', clients, as(admin).post(clients).send({ name: '' }));
  await observe('post', clients, as().post(clients).send({ name: '热线', contact: '办公室' }));
  await observe('get', clients, as(admin).get(clients));
  const fields = {
    service_code: jiangxiaReport.category,
    lat: String(jiangxiaReport.location.lat),
    long: String(jiangxiaReport.location.lng),
    description: '一致性检查：垃圾桶满溢',
    'attribute[bin-count]': '2',
  };
  const post = (format: string, form: Record<string, string>) => asText(as().post(`${BASE}/requests.${format}`).type('form').send(form));
  for (const format of ['json', 'xml']) {
    await observe('post', `${BASE}/requests.{format}`, post(format, { api_key: apiKey, ...fields }));
    await observe('post', `${BASE}/requests.{format}`, post(format, { api_key: 'not-a-key-the-city-issued', ...fields }));
    await observe('post', `${BASE}/requests.{format}`, post(format, { api_key: apiKey, ...fields, service_code: '' }));
    await observe('post', `${BASE}/requests.{format}`, post(format, { api_key: apiKey, ...fields, jurisdiction_id: 'elsewhere.example' }));
    await observe('post', `${BASE}/requests.{format}`, post(format, { api_key: apiKey, ...fields, 'attribute[bin-count]': 'many' }));
  }
  await observe('post', `${clients}/{id}/revoke`, as(admin).post(`${clients}/${client.id}/revoke`));
  await observe('post', `${clients}/{id}/revoke`, as(admin).post(`${clients}/not-an-id/revoke`));
}

/** An XML answer's body is its text (supertest parses only JSON). */
async function asText(call: PromiseLike<ObservedResponse & { text: string }>): Promise<ObservedResponse> {
  const response = await call;
  const xml = (response.headers['content-type'] ?? '').startsWith('text/xml');
  return { status: response.status, headers: response.headers, body: xml ? response.text : response.body };
}
