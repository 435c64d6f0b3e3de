import { reportOverdueV1 } from '../events/report-overdue.v1';
import { reportWithdrawnV1 } from '../events/report-withdrawn.v1';
import { departmentsAddressedBy } from './department-facing-events';

const reportId = '0195a6b8-2918-7af6-bfb8-1dc21b965249';
const common = { aggregateId: reportId, correlationId: 'job-1', producer: 'reports' };
const overdue = (departmentCode?: string) =>
  reportOverdueV1.create({
    ...common,
    payload: {
      reportId,
      category: 'exposed-garbage',
      private: false,
      communityCode: null,
      districtCode: null,
      departmentCode,
      kind: 'acknowledge',
      dueAt: '2026-12-02T01:00:00.000Z',
      detectedAt: '2026-12-02T01:05:00.000Z',
    },
  });

describe(departmentsAddressedBy.name, () => {
  it('addresses a missed deadline to the department whose own it was, and the report’s own to no department', () => {
    expect(departmentsAddressedBy(overdue('sanitation'))).toEqual(['sanitation']);
    expect(departmentsAddressedBy(overdue())).toEqual([]);
  });

  it('addresses a withdrawal to every department re-routed away', () => {
    const event = reportWithdrawnV1.create({
      ...common,
      payload: {
        reportId,
        departments: ['fire', 'police'],
        reason: '改派',
        withdrawnBy: reportId,
        withdrawnAt: '2026-12-02T01:00:00.000Z',
      },
    });

    expect(departmentsAddressedBy(event)).toEqual(['fire', 'police']);
  });
});
