import { composeStaffAlert } from './staff-alert-composer';
import { StaffAlert } from './staff-alert';

const common = { reportId: '0195a6b8-2918-7af6-bfb8-1dc21b965249', communityCode: '420115001001', category: 'elderly-care' };
const overdue: StaffAlert = { ...common, private: false, kind: 'overdue', deadline: 'acknowledge', dueAt: '2026-12-02T01:00:00.000Z' };

describe(composeStaffAlert.name, () => {
  it('names the category and the missed deadline of an ordinary report, in Chinese by default and in English', () => {
    expect(composeStaffAlert(overdue)).toMatchObject({
      kind: 'report.overdue',
      title: '随手拍已超时',
      body: expect.stringContaining('受理'),
    });
    expect(composeStaffAlert(overdue, 'en').body).toBe('A report (elderly-care) is past its deadline to acknowledge; please follow it up.');
  });

  it.each([
    ['a new care referral', { ...common, private: true, kind: 'new-report' } as StaffAlert],
    ['an overdue one', { ...overdue, private: true } as StaffAlert],
  ])('says only that %s is there, not even its category', (_case, alert) => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const message = composeStaffAlert(alert, locale);

      expect(JSON.stringify(message)).not.toContain('elderly-care');
      expect(message.data).toMatchObject({ reportId: common.reportId, private: true });
    }
  });
});
