import { queryDatabase, uploadTestPhoto } from '@waystation/testing';
import { JIANGXIA_COMMUNITY } from '../accounts';
import { jiangxiaReport } from '../scenario';
import type { ConformanceContext } from './conformance-context';

const SLA = '/api/v1/report-slas/{categoryCode}';
const ESCALATIONS = '/api/v1/escalations';
const PUBLIC_FEED = '/api/v1/public/resolved-reports';

/**
 * SLAs, the escalation view and the public feed. One confirmed report of the staff's community is made overdue,
 * and another resolved, straight in the reports database (quicker than through a department: departments.conformance.ts does that),
 * so both lists answer with items the document must describe.
 */
export async function observeReportSla({ system, observe, as, worker, staff, admin }: ConformanceContext): Promise<void> {
  const terms = { acknowledgeWithinHours: 8, resolveWithinDays: 5, clock: 'working-hours' };
  await observe('get', '/api/v1/report-slas', as(worker).get('/api/v1/report-slas'));
  await observe('get', '/api/v1/report-slas', as().get('/api/v1/report-slas'));
  await observe('put', SLA, as(admin).put('/api/v1/report-slas/default').send(terms));
  await observe('put', SLA, as(staff).put('/api/v1/report-slas/default').send(terms));
  await observe('put', SLA, as(admin).put('/api/v1/report-slas/Not_A_Code').send(terms));

  const [late, fixed] = [
    await confirmedReport(system.url('gateway'), as, worker, staff),
    await confirmedReport(system.url('gateway'), as, worker, staff),
  ];
  await queryDatabase('reports', `UPDATE reports SET community_code = $2 WHERE id = $1`, [late, JIANGXIA_COMMUNITY]);
  await queryDatabase('reports', `UPDATE report_sla_deadlines SET due_at = now() - interval '2 hours' WHERE report_id = $1`, [late]);
  await queryDatabase('reports', `UPDATE reports SET status = 'resolved' WHERE id = $1`, [fixed]);
  await observe('get', ESCALATIONS, as(staff).get(ESCALATIONS).expect(200));
  await observe('get', ESCALATIONS, as(worker).get(ESCALATIONS));
  await observe('get', ESCALATIONS, as(admin).get(`${ESCALATIONS}?cursor=not-a-cursor`));
  await observe('get', PUBLIC_FEED, as().get(`${PUBLIC_FEED}?bbox=114,30,115,31`).expect(200));
  await observe('get', PUBLIC_FEED, as().get(`${PUBLIC_FEED}?bbox=1,2`));
}

/** A report of the worker, confirmed by the staff (and so dispatched by the routing rules); its id. */
export async function confirmedReport(
  gatewayUrl: string,
  as: ConformanceContext['as'],
  worker: ConformanceContext['worker'],
  staff: ConformanceContext['staff'],
): Promise<string> {
  const photoIds = [await uploadTestPhoto(gatewayUrl, worker)];
  const { id } = (
    await as(worker)
      .post('/api/v1/reports')
      .send({ ...jiangxiaReport, photoIds })
      .expect(201)
  ).body as { id: string };
  await as(staff).post(`/api/v1/reports/${id}/confirm`).send({}).expect(200);
  return id;
}
