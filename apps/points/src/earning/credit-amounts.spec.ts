import { ReportCategoryGroup, reportConfirmedV1, ReportConfirmedV1, reportConfirmedV2, ReportConfirmedV2 } from '@waystation/contracts';
import { PermanentEventError } from '@waystation/messaging';
import { creditAmounts } from './credit-amounts';

function confirmed(category: ReportConfirmedV1['payload']['category'], reportId: string): ReportConfirmedV1 {
  return reportConfirmedV1.create({
    aggregateId: reportId,
    correlationId: 'req-1',
    producer: 'reports',
    payload: {
      reportId,
      reporterId: 'worker-1',
      category,
      location: { lat: 30.37, lng: 114.32 },
      confirmedBy: 'staff-1',
      confirmedAt: new Date().toISOString(),
    },
  });
}

function confirmedV2(group: ReportCategoryGroup, reportId: string): ReportConfirmedV2 {
  return reportConfirmedV2.create({
    aggregateId: reportId,
    correlationId: 'req-1',
    producer: 'reports',
    payload: {
      reportId,
      reporterId: 'worker-1',
      category: { code: 'some-category', group, name: { 'zh-CN': '类别', en: 'Category' } },
      location: { lat: 30.37, lng: 114.32 },
      communityCode: '420115001001',
      districtCode: '420115',
      private: false,
      capturedAt: new Date().toISOString(),
      confirmedBy: 'staff-1',
      confirmedAt: new Date().toISOString(),
      severity: 'medium',
    },
  });
}

const rules = new Map([
  ['sanitation', 10],
  ['safety-hazard', 30],
]);

describe(creditAmounts.name, () => {
  const sut = creditAmounts;

  it("pays each report its category's points, in the order of the events", () => {
    const events = [
      confirmed('safety-hazard', '0193a0b2-7c3e-7000-8000-00000000a001'),
      confirmed('sanitation', '0193a0b2-7c3e-7000-8000-00000000a002'),
    ];

    expect(sut(events, rules)).toEqual([30, 10]);
  });

  it('pays two reports of one category the same points each, not once for both', () => {
    const events = [
      confirmed('sanitation', '0193a0b2-7c3e-7000-8000-00000000a001'),
      confirmed('sanitation', '0193a0b2-7c3e-7000-8000-00000000a002'),
    ];

    expect(sut(events, rules)).toEqual([10, 10]);
  });

  it('refuses a category without an earning rule as a permanent failure naming the category', () => {
    const events = [
      confirmed('sanitation', '0193a0b2-7c3e-7000-8000-00000000a001'),
      confirmed('other', '0193a0b2-7c3e-7000-8000-00000000a002'),
    ];

    expect(() => sut(events, rules)).toThrow(PermanentEventError);
    expect(() => sut(events, rules)).toThrow('No earning rule for category "other"');
  });

  it("pays a v2 confirmation what its group's nearest v1 category earns, beside v1 ones", () => {
    const events = [
      confirmedV2('safety', '0193a0b2-7c3e-7000-8000-00000000a001'),
      confirmed('sanitation', '0193a0b2-7c3e-7000-8000-00000000a002'),
      confirmedV2('environment', '0193a0b2-7c3e-7000-8000-00000000a003'),
    ];

    expect(sut(events, rules)).toEqual([30, 10, 10]);
  });
});
