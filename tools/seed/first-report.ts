import { ReportView } from '@waystation/http-api';
import { GatewaySession } from './gateway-session';

const MAP_WAIT_MS = 60_000;

/**
 * Submits a report right after the map was imported: reports learns the map from stations' `area.upserted`
 * events, a moment later, and refuses a point it does not know yet (422 outside-service-area). Tries again until
 * it is known.
 */
export async function submitOnceMapped(worker: GatewaySession, body: object): Promise<ReportView> {
  const deadline = Date.now() + MAP_WAIT_MS;
  for (;;) {
    const response = await worker.send('POST', '/api/v1/reports', body);
    if (response.ok) return (await response.json()) as ReportView;
    const problem = await response.text();
    if (!problem.includes('outside-service-area') || Date.now() > deadline) {
      throw new Error(`POST /api/v1/reports answered ${response.status} ${problem}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
