import { reportDispatchedV1, reportUpdatedV1, ReportUpdatedV1, reportWithdrawnV1 } from '@waystation/contracts';
import { composeReportProgress } from './report-progress-composer';

const reportId = '0195adb4-7c1c-7d04-ad28-ae56aa7a0580';
const staffId = '01938602-06a0-774d-aa21-522beb6d3bad';
const common = { aggregateId: reportId, correlationId: 'req-1', producer: 'reports' };
const names = { sanitation: { 'zh-CN': '环卫', en: 'Sanitation' } } as Record<string, { 'zh-CN': string; en: string }>;
const namesOf = (code: string) => names[code];
const updated = (status: ReportUpdatedV1['payload']['status']) =>
  reportUpdatedV1.create({
    ...common,
    payload: {
      reportId,
      departmentCode: 'sanitation',
      status,
      reportStatus: 'in-progress',
      updatedBy: staffId,
      updatedAt: '2026-12-02T03:00:00.000Z',
    },
  });

describe(composeReportProgress.name, () => {
  it('tells the reporter whom their report was passed to, by the names the dispatch carries, in both languages', () => {
    const event = reportDispatchedV1.create({
      ...common,
      payload: {
        reportId,
        category: { code: 'exposed-garbage', group: 'environment', name: { 'zh-CN': '垃圾暴露', en: 'Exposed garbage' } },
        severity: 'medium',
        private: false,
        location: { lat: 30.3721, lng: 114.3217 },
        communityCode: '420115001001',
        districtCode: '420115',
        departments: [
          { code: 'sanitation', ruleId: '3', name: { 'zh-CN': '环卫', en: 'Sanitation' } },
          { code: 'city-management', ruleId: null },
        ],
        dispatchedBy: staffId,
        dispatchedAt: '2026-12-02T02:15:00.000Z',
      },
    });

    expect(composeReportProgress(event, namesOf).body).toBe('您上报的问题已转交「环卫、city-management」处理。');
    expect(composeReportProgress(event, namesOf, 'en')).toMatchObject({
      kind: 'report.dispatched',
      body: 'Your report was passed to Sanitation, city-management, who will act on it.',
      data: { reportId, departments: ['sanitation', 'city-management'] },
    });
  });

  it.each([
    ['acknowledged', '「环卫」已受理您的随手拍', 'Sanitation took on your report'],
    ['in-progress', '「环卫」正在处理您的随手拍', 'Sanitation is working on your report'],
    ['resolved', '「环卫」已处理完毕', 'Sanitation finished its part'],
  ] as const)('names the department that moved to %s, from the names it learned', (status, zh, en) => {
    expect(composeReportProgress(updated(status), namesOf)).toMatchObject({
      title: zh,
      data: { reportId, status, departmentCode: 'sanitation' },
    });
    expect(composeReportProgress(updated(status), namesOf, 'en').title).toBe(en);
  });

  it('tells of a department that answered not responsible, or was re-routed away, as the report being re-routed, naming no one', () => {
    const withdrawn = reportWithdrawnV1.create({
      ...common,
      payload: { reportId, departments: ['sanitation'], reason: '不归环卫', withdrawnBy: staffId, withdrawnAt: '2026-12-02T03:00:00.000Z' },
    });

    for (const event of [updated('not-responsible'), withdrawn]) {
      const sut = composeReportProgress(event, namesOf);
      expect(sut).toMatchObject({ title: '您的随手拍正在转交处理部门', data: { reportId, status: 'rerouting' } });
      expect(JSON.stringify(sut)).not.toMatch(/环卫|sanitation|不归/);
    }
  });
});
