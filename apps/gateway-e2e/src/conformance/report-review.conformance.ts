import { placeReport, uploadTestPhoto } from '@waystation/testing';
import { v7 as uuidv7 } from 'uuid';
import { newWorkerAccount } from '../accounts';
import { jiangxiaReport } from '../scenario';
import type { ConformanceContext } from './conformance-context';

/** A place of this run's own, so the duplicates found are the ones filed here. */
const place = () => ({ lat: 30.2 + Math.random() * 0.3, lng: 114.1 + Math.random() * 0.3 });

/** The review queue, duplicates and merging, and the reporter's feedback: successes and the problems each can answer. */
export async function observeReportReview({ system, observe, as, worker, staff }: ConformanceContext): Promise<void> {
  const location = place();
  const file = async (body: object) => {
    const photoIds = [await uploadTestPhoto(system.url('gateway'), worker)];
    const report = await observe(
      'post',
      '/api/v1/reports',
      as(worker)
        .post('/api/v1/reports')
        .send({ ...body, photoIds }),
    );
    await placeReport(report.id);
    return report;
  };
  const kase = await file({ ...jiangxiaReport, location });
  const duplicate = await file({ ...jiangxiaReport, location: { lat: location.lat + 0.0001, lng: location.lng } });
  const apart = await file({ ...jiangxiaReport, location: { lat: location.lat + 0.0002, lng: location.lng } });
  const stranger = await newWorkerAccount(system.url('gateway'));

  await observe('get', '/api/v1/review-queue', as(staff).get('/api/v1/review-queue?duplicatesOnly=true&limit=2'));
  await observe('get', '/api/v1/review-queue', as(staff).get('/api/v1/review-queue?minAgeMinutes=-1'));
  await observe('get', '/api/v1/review-queue', as(staff).get('/api/v1/review-queue?cursor=yesterday'));
  await observe('get', '/api/v1/review-queue', as(worker).get('/api/v1/review-queue'));
  await observe('get', '/api/v1/review-queue', as().get('/api/v1/review-queue'));

  await observe('get', '/api/v1/reports/{id}/duplicates', as(staff).get(`/api/v1/reports/${duplicate.id}/duplicates`));
  await observe('get', '/api/v1/reports/{id}/duplicates', as(worker).get(`/api/v1/reports/${duplicate.id}/duplicates`));
  await observe('get', '/api/v1/reports/{id}/duplicates', as(staff).get(`/api/v1/reports/${uuidv7()}/duplicates`));

  await observe('post', '/api/v1/reports/{id}/merge', as(staff).post(`/api/v1/reports/${duplicate.id}/merge`).send({ caseId: kase.id }));
  await observe('post', '/api/v1/reports/{id}/merge', as(staff).post(`/api/v1/reports/${apart.id}/merge`).send({ caseId: apart.id }));
  await observe('post', '/api/v1/reports/{id}/merge', as(staff).post(`/api/v1/reports/${apart.id}/merge`).send({ caseId: 'case' }));
  await observe('post', '/api/v1/reports/{id}/merge', as(worker).post(`/api/v1/reports/${apart.id}/merge`).send({ caseId: kase.id }));
  await observe('post', '/api/v1/reports/{id}/merge', as(staff).post(`/api/v1/reports/${uuidv7()}/merge`).send({ caseId: kase.id }));

  await observe('post', '/api/v1/reports/{id}/keep-apart', as(staff).post(`/api/v1/reports/${apart.id}/keep-apart`));
  await observe('post', '/api/v1/reports/{id}/keep-apart', as(worker).post(`/api/v1/reports/${apart.id}/keep-apart`));
  await observe('post', '/api/v1/reports/{id}/keep-apart', as(staff).post(`/api/v1/reports/${uuidv7()}/keep-apart`));

  // Nothing the API can do yet resolves a report (departments drive that), so feedback is observed refused.
  await observe('post', '/api/v1/reports/{id}/feedback', as(worker).post(`/api/v1/reports/${kase.id}/feedback`).send({ fixed: false }));
  await observe('post', '/api/v1/reports/{id}/feedback', as(worker).post(`/api/v1/reports/${kase.id}/feedback`).send({ fixed: 'no' }));
  await observe('post', '/api/v1/reports/{id}/feedback', as(stranger).post(`/api/v1/reports/${kase.id}/feedback`).send({ fixed: true }));
  await observe('post', '/api/v1/reports/{id}/feedback', as(staff).post(`/api/v1/reports/${kase.id}/feedback`).send({ fixed: true }));
}
