import { pointsCreditedV1, reportConfirmedV1, reportConfirmedV2, reportRejectedV1 } from '@waystation/contracts';
import { composeNotification } from './notification-composer';

const common = { correlationId: 'req-1', producer: 'test' };
const reportId = '0193a0b2-7c3e-7000-8000-00000000a001';

describe(composeNotification.name, () => {
  it('tells the reporter in Chinese that their report was confirmed', () => {
    const event = reportConfirmedV1.create({
      ...common,
      aggregateId: reportId,
      payload: {
        reportId,
        reporterId: 'worker-1',
        category: 'sanitation',
        location: { lat: 30.37, lng: 114.32 },
        confirmedBy: 'staff-1',
        confirmedAt: new Date().toISOString(),
      },
    });
    const sut = composeNotification(event);
    expect(sut).toMatchObject({ recipientId: 'worker-1', kind: 'report.confirmed', title: '您的随手拍已确认', data: { reportId } });
    expect(sut.body).toContain('环境卫生');
  });

  it("names the category of a v2 confirmation as the city office does, in the reader's language", () => {
    const event = reportConfirmedV2.create({
      ...common,
      aggregateId: reportId,
      payload: {
        reportId,
        reporterId: 'worker-1',
        category: { code: 'overflowing-bins', group: 'environment', name: { 'zh-CN': '垃圾桶满溢', en: 'Overflowing bins' } },
        location: { lat: 30.37, lng: 114.32 },
        communityCode: '420115001001',
        districtCode: '420115',
        private: false,
        capturedAt: new Date().toISOString(),
        confirmedBy: 'staff-1',
        confirmedAt: new Date().toISOString(),
      },
    });

    expect(composeNotification(event).body).toContain('垃圾桶满溢');
    expect(composeNotification(event, 'en').body).toContain('Overflowing bins');
  });

  it('gives the rejection reason to the reporter', () => {
    const event = reportRejectedV1.create({
      ...common,
      aggregateId: reportId,
      payload: {
        reportId,
        reporterId: 'worker-1',
        category: 'other',
        rejectedBy: 'staff-1',
        reason: '照片不清晰',
        rejectedAt: new Date().toISOString(),
      },
    });
    expect(composeNotification(event, 'en').body).toBe('Your report (other problem) was not accepted. Reason: 照片不清晰');
  });

  it('addresses a credit to the account owner with the amount and the new balance', () => {
    const event = pointsCreditedV1.create({
      ...common,
      aggregateId: 'worker-2',
      payload: {
        transactionId: '0193a0b2-7c3e-7000-8000-00000000b001',
        accountId: 'worker-2',
        amount: 20,
        balanceAfter: 45,
        reason: 'report.confirmed',
        referenceId: reportId,
        sourceEventId: '0193a0b2-7c3e-7000-8000-00000000c001',
        creditedAt: new Date().toISOString(),
      },
    });
    expect(composeNotification(event)).toMatchObject({
      recipientId: 'worker-2',
      title: '积分到账 +20',
      body: '您获得 20 积分，当前共 45 积分。',
    });
  });
});
