import type { ObservedResponse } from '@waystation/testing';
import type { ConformanceContext } from './conformance-context';
import { confirmedReport } from './report-sla.conformance';

const BASE = '/open311/v2';

/**
 * Open311 GeoReport v2, in both formats: a JSON answer is checked against its schema, an XML one as the text the
 * document says it is (open311.e2e.spec.ts checks that the XML holds the JSON's data).
 */
export async function observeOpen311({ system, observe, as, worker, staff }: ConformanceContext): Promise<void> {
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
}

/** An XML answer's body is its text (supertest parses only JSON). */
async function asText(call: PromiseLike<ObservedResponse & { text: string }>): Promise<ObservedResponse> {
  const response = await call;
  const xml = (response.headers['content-type'] ?? '').startsWith('text/xml');
  return { status: response.status, headers: response.headers, body: xml ? response.text : response.body };
}
