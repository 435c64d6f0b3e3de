import { tinyTestPhoto, uploadTestPhoto } from '@waystation/testing';
import { v7 as uuidv7 } from 'uuid';
import { newWorkerAccount } from '../accounts';
import { jiangxiaReport } from '../scenario';
import type { ConformanceContext } from './conformance-context';

/** Uploads, additions and the images of a report's photos, as the OpenAPI document says they answer. */
export async function observeReportPhotos({ system, observe, as, worker, staff }: ConformanceContext): Promise<void> {
  const gatewayUrl = system.url('gateway');
  const photo = await tinyTestPhoto();
  const upload = (key?: string) => {
    const call = as(worker).post('/api/v1/report-photos').set('content-type', 'image/jpeg');
    return (key ? call.set('Idempotency-Key', key) : call).send(photo);
  };
  const key = `doc-photo-${uuidv7()}`;
  const uploaded = await observe('post', '/api/v1/report-photos', upload(key));
  await observe('post', '/api/v1/report-photos', upload(key));
  await observe(
    'post',
    '/api/v1/report-photos',
    as(worker).post('/api/v1/report-photos').set('content-type', 'image/jpeg').send(Buffer.from('text')),
  );
  await observe('post', '/api/v1/report-photos', as().post('/api/v1/report-photos').set('content-type', 'image/jpeg').send(photo));
  await observe('get', '/api/v1/report-photos/{id}', as(worker).get(`/api/v1/report-photos/${uploaded.id}`));
  await observe('get', '/api/v1/report-photos/{id}', as(staff).get(`/api/v1/report-photos/${uploaded.id}`));

  const report = (
    await as(worker)
      .post('/api/v1/reports')
      .send({ ...jiangxiaReport, photoIds: [uploaded.id] })
      .expect(201)
  ).body as { id: string };
  const extra = await uploadTestPhoto(gatewayUrl, worker);
  const add = (account: typeof worker, photoId: string) => as(account).post(`/api/v1/reports/${report.id}/photos`).send({ photoId });
  await observe('post', '/api/v1/reports/{id}/photos', add(worker, extra));
  await observe('post', '/api/v1/reports/{id}/photos', add(worker, extra));
  await observe('post', '/api/v1/reports/{id}/photos', add(worker, uuidv7()));
  await observe('post', '/api/v1/reports/{id}/photos', add(staff, extra));
  await observe('post', '/api/v1/reports/{id}/photos', add(await newWorkerAccount(gatewayUrl), extra));

  const image = `/api/v1/reports/${report.id}/photos/${extra}`;
  await observe('get', '/api/v1/reports/{id}/photos/{photoId}', as(worker).get(image));
  await observe('get', '/api/v1/reports/{id}/photos/{photoId}', as(staff).get(image));
  await observe('get', '/api/v1/reports/{id}/photos/{photoId}', as(worker).get(`/api/v1/reports/${report.id}/photos/${uuidv7()}`));

  await as(staff).post(`/api/v1/reports/${report.id}/confirm`).send({}).expect(200);
  await observe('post', '/api/v1/reports/{id}/photos', add(worker, await uploadTestPhoto(gatewayUrl, worker)));
}
