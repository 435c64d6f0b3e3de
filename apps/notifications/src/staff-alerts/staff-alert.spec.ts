import { reportOverdueV1, reportSubmittedV3 } from '@waystation/contracts';
import { staffAlertOf } from './staff-alert';

const reportId = '0195a6b8-2918-7af6-bfb8-1dc21b965249';
const submitted = {
  reportId,
  reporterId: '01954058-147e-74da-bf22-63e2c9407ec5',
  communityCode: '420115001001',
  districtCode: '420115',
  capturedAt: '2026-12-02T01:00:00.000Z',
  submittedAt: '2026-12-02T01:00:05.000Z',
};
const create = (payload: Parameters<typeof reportSubmittedV3.create>[0]['payload']) =>
  reportSubmittedV3.create({ aggregateId: reportId, correlationId: 'req-1', producer: 'reports', payload });

describe(staffAlertOf.name, () => {
  it('alerts the community to a care referral from a v3 event that carries none of its content', () => {
    const event = create({
      ...submitted,
      category: { code: 'elderly-living-alone', group: 'people', name: { 'zh-CN': '独居老人关怀', en: 'Elderly person living alone' } },
      private: true,
    });

    expect(staffAlertOf(event)).toEqual({
      kind: 'new-report',
      reportId,
      communityCode: '420115001001',
      category: 'elderly-living-alone',
      private: true,
    });
  });

  it('alerts the community to an ordinary report from a v3 event, naming its category', () => {
    const event = create({
      ...submitted,
      category: { code: 'piled-materials', group: 'obstruction', name: { 'zh-CN': '乱堆物料', en: 'Piled materials' } },
      description: '人行道上堆放建筑砂石',
      location: { lat: 30.41287, lng: 114.42531, accuracyMeters: 12 },
      photos: [],
      answers: {},
      private: false,
    });

    expect(staffAlertOf(event)).toMatchObject({ kind: 'new-report', category: 'piled-materials', private: false });
  });

  it.each([
    ['alerts the community to a report past its own deadline', undefined, { kind: 'overdue', deadline: 'resolve' }],
    ['leaves a department’s own missed deadline to the department', 'sanitation', null],
  ])('%s', (_case, departmentCode, expected) => {
    const event = reportOverdueV1.create({
      aggregateId: reportId,
      correlationId: 'job-1',
      producer: 'reports',
      payload: {
        reportId,
        category: 'exposed-garbage',
        private: false,
        communityCode: '420115001001',
        districtCode: '420115',
        departmentCode,
        kind: 'resolve',
        dueAt: '2026-12-02T01:00:00.000Z',
        detectedAt: '2026-12-02T01:05:00.000Z',
      },
    });

    expect(staffAlertOf(event)).toEqual(expected && expect.objectContaining(expected));
  });
});
