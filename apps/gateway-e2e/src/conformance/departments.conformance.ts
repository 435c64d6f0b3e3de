import { signInStaff, uploadTestPhoto } from '@waystation/testing';
import { v7 as uuidv7 } from 'uuid';
import type { ConformanceContext } from './conformance-context';
import { confirmedReport } from './report-sla.conformance';

const DEPARTMENT = '/api/v1/departments/{code}';
const RETIRE = '/api/v1/routing-rules/{id}/retire';
const DISPATCH = '/api/v1/reports/{id}/dispatch';
const FIGURES = '/api/v1/department-figures';
const moveOf = (action: string) => `/api/v1/department-queue/{id}/${action}`;

/**
 * Departments and routing rules (admin), dispatch (staff) and a department's work: a confirmed report of the staff's
 * community goes to sanitation by the default rule, and the sanitation user takes it from its queue to resolved;
 * another it declines, and staff re-route it.
 */
export async function observeDepartments({ system, observe, as, worker, staff, admin }: ConformanceContext): Promise<void> {
  const gatewayUrl = system.url('gateway');
  const sanitation = await signInStaff(gatewayUrl, { role: 'department', scopes: { department: 'sanitation' } });
  const code = `conformance-${uuidv7().slice(-12)}`;
  const definition = { code, name: { 'zh-CN': '水务', en: 'Water' }, contact: '12345' };
  await observe('get', '/api/v1/departments', as(staff).get('/api/v1/departments').expect(200));
  await observe('get', '/api/v1/departments', as(worker).get('/api/v1/departments'));
  await observe('post', '/api/v1/departments', as(admin).post('/api/v1/departments').send(definition).expect(201));
  await observe('post', '/api/v1/departments', as(admin).post('/api/v1/departments').send(definition).expect(200));
  await observe(
    'post',
    '/api/v1/departments',
    as(admin)
      .post('/api/v1/departments')
      .send({ ...definition, contact: '110' }),
  );
  await observe(
    'patch',
    DEPARTMENT,
    as(admin)
      .patch(`/api/v1/departments/${code}`)
      .send({ districts: ['420115'] })
      .expect(200),
  );
  await observe('patch', DEPARTMENT, as(admin).patch('/api/v1/departments/no-such').send({ contact: '12345' }));
  await observe('get', '/api/v1/routing-rules', as(sanitation).get('/api/v1/routing-rules').expect(200));
  const rule = await observe(
    'put',
    '/api/v1/routing-rules',
    as(admin)
      .put('/api/v1/routing-rules')
      .send({ categoryCode: 'other', districtCode: '420115', departments: [code] })
      .expect(200),
  );
  await observe(
    'put',
    '/api/v1/routing-rules',
    as(admin)
      .put('/api/v1/routing-rules')
      .send({ categoryCode: 'other', departments: ['no-such'] }),
  );
  await observe('post', RETIRE, as(admin).post(`/api/v1/routing-rules/${rule.id}/retire`).expect(200));
  await observe('post', RETIRE, as(admin).post(`/api/v1/routing-rules/${rule.id}/retire`));

  const report = await confirmedReport(gatewayUrl, as, worker, staff);
  const move = (action: string, body: object, id = report) => as(sanitation).post(`/api/v1/department-queue/${id}/${action}`).send(body);
  await observe('get', '/api/v1/department-queue', as(sanitation).get('/api/v1/department-queue?status=dispatched').expect(200));
  await observe('get', '/api/v1/department-queue', as(worker).get('/api/v1/department-queue'));
  await observe('post', moveOf('acknowledge'), move('acknowledge', {}).expect(200));
  await observe('post', moveOf('acknowledge'), move('acknowledge', {}));
  const photoIds = [await uploadTestPhoto(gatewayUrl, sanitation)];
  await observe('post', moveOf('progress'), move('progress', { note: '清运车已到现场', photoIds }).expect(200));
  await observe('post', moveOf('progress'), move('progress', {}));
  await observe('post', moveOf('resolve'), move('resolve', { note: '已清运' }).expect(200));
  await observe('post', moveOf('resolve'), as(worker).post(`/api/v1/department-queue/${report}/resolve`).send({ note: '已清运' }));
  await observe('get', '/api/v1/reports/{id}', as(worker).get(`/api/v1/reports/${report}`).expect(200));

  const declined = await confirmedReport(gatewayUrl, as, worker, staff);
  await observe('post', moveOf('not-responsible'), move('not-responsible', { reason: '建筑垃圾归城管' }, declined).expect(200));
  await observe('post', moveOf('not-responsible'), move('not-responsible', { reason: '不归环卫' }, uuidv7()));
  await observe('get', '/api/v1/dispatch-queue', as(staff).get('/api/v1/dispatch-queue').expect(200));
  await observe('get', '/api/v1/dispatch-queue', as(worker).get('/api/v1/dispatch-queue'));
  const reroute = { category: 'piled-materials', add: ['city-management'], remove: ['sanitation'], reason: '建筑垃圾' };
  await observe('post', DISPATCH, as(staff).post(`/api/v1/reports/${declined}/dispatch`).send(reroute).expect(200));
  await observe('post', DISPATCH, as(staff).post(`/api/v1/reports/${declined}/dispatch`).send({ reason: '没有改动' }));

  await observe('get', FIGURES, as(admin).get(`${FIGURES}?from=2026-01-01T00:00:00.000Z`).expect(200));
  const csv = await as(admin).get(FIGURES).set('accept', 'text/csv').expect(200);
  await observe('get', FIGURES, Promise.resolve({ ...csv, body: csv.text }));
  await observe('get', FIGURES, as(staff).get(FIGURES).expect(403));
  await observe('get', FIGURES, as(admin).get(`${FIGURES}?from=2026-12-02T00:00:00.000Z&to=2026-12-01T00:00:00.000Z`).expect(400));
}
