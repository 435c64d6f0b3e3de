import { uploadTestPhoto } from '@waystation/testing';
import { v7 as uuidv7 } from 'uuid';
import { jiangxiaReport } from '../scenario';
import type { ConformanceContext } from './conformance-context';

const label = { 'zh-CN': '是否积水', en: 'Is there standing water' };

/** The report categories the city office configures, and a submission they refuse as an emergency. */
export async function observeReportCategories({ system, observe, as, worker, admin }: ConformanceContext): Promise<void> {
  const category = {
    code: `doc-${uuidv7().slice(-12)}`,
    group: 'facilities',
    name: { 'zh-CN': '文档类别', en: 'Documentation category' },
    description: { 'zh-CN': '用于接口文档', en: 'For the API documentation' },
    questions: [
      {
        code: 'water',
        type: 'single-choice',
        required: true,
        label,
        options: [
          { code: 'yes', label },
          { code: 'no', label },
        ],
      },
    ],
  };
  const path = '/api/v1/report-categories';
  const one = '/api/v1/report-categories/{code}';

  await observe('get', path, as().get(path));
  await observe('post', path, as(admin).post(path).send(category));
  await observe('post', path, as(admin).post(path).send(category));
  await observe(
    'post',
    path,
    as(admin)
      .post(path)
      .send({ ...category, group: 'safety' }),
  );
  await observe('post', path, as(worker).post(path).send(category));
  await observe('post', path, as().post(path).send(category));
  await observe(
    'post',
    path,
    as(admin)
      .post(path)
      .send({ ...category, questions: [{ ...category.questions[0], options: [] }] }),
  );
  await observe('get', one, as().get(`${path}/${category.code}`));
  await observe('get', one, as().get(`${path}/no-such-category`));
  await observe('patch', one, as(admin).patch(`${path}/${category.code}`).send({ active: false }));
  await observe('patch', one, as(admin).patch(`${path}/${category.code}`).send({ code: 'renamed' }));
  await observe('patch', one, as(worker).patch(`${path}/${category.code}`).send({ active: true }));
  await observe('patch', one, as(admin).patch(`${path}/no-such-category`).send({ active: true }));
  await observe(
    'post',
    '/api/v1/reports',
    as(worker)
      .post('/api/v1/reports')
      .send({
        ...jiangxiaReport,
        category: 'fire-hazard',
        answers: { 'fire-or-smoke-now': 'yes' },
        photoIds: [await uploadTestPhoto(system.url('gateway'), worker)],
      }),
  );
}
