import {
  pointsCreditedV1,
  pointsExpiringV1,
  reportConfirmedV1,
  reportConfirmedV2,
  reportConfirmedV3,
  reportMergedV1,
  reportRejectedV1,
  reportResolvedV1,
} from '@waystation/contracts';
import { composeNotification, tellsAPerson } from './notification-composer';

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
        severity: 'medium',
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

  it('tells the reporter of a care referral that it was confirmed, from a v3 event without its location', () => {
    const event = reportConfirmedV3.create({
      ...common,
      aggregateId: reportId,
      payload: {
        reportId,
        reporterId: 'worker-1',
        category: { code: 'elderly-living-alone', group: 'people', name: { 'zh-CN': '独居老人关怀', en: 'Elderly person living alone' } },
        severity: 'medium',
        communityCode: '420115001001',
        districtCode: '420115',
        private: true,
        capturedAt: new Date().toISOString(),
        confirmedBy: 'staff-1',
        confirmedAt: new Date().toISOString(),
      },
    });

    expect(composeNotification(event, 'en')).toMatchObject({ recipientId: 'worker-1', kind: 'report.confirmed', data: { reportId } });
    expect(composeNotification(event, 'en').body).toContain('Elderly person living alone');
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

  it('names the reason code in words and the staff note, in Chinese and English', () => {
    const event = reportRejectedV1.create({
      ...common,
      aggregateId: reportId,
      payload: {
        reportId,
        reporterId: 'worker-1',
        category: 'other',
        rejectedBy: 'staff-1',
        reason: '位于江夏区范围外',
        reasonCode: 'outside-our-area',
        note: '位于江夏区范围外',
        rejectedAt: new Date().toISOString(),
      },
    });

    expect(composeNotification(event).body).toBe('您上报的「其他问题」问题未通过审核。原因：不在本社区管辖范围。位于江夏区范围外');
    expect(composeNotification(event, 'en')).toMatchObject({
      body: 'Your report (other problem) was not accepted. Reason: outside our area. 位于江夏区范围外',
      data: { reasonCode: 'outside-our-area', note: '位于江夏区范围外' },
    });
  });

  it('tells the reporter which case their merged report joined', () => {
    const caseId = '0193a0b2-7c3e-7000-8000-00000000a000';
    const event = reportMergedV1.create({
      ...common,
      aggregateId: reportId,
      payload: {
        caseId,
        reportId,
        reporterId: 'worker-1',
        category: { code: 'exposed-garbage', group: 'environment', name: { 'zh-CN': '垃圾暴露', en: 'Exposed garbage' } },
        reporterPosition: 2,
        alreadyReportedCase: false,
        mergedBy: 'staff-1',
        mergedAt: new Date().toISOString(),
      },
    });

    expect(composeNotification(event)).toMatchObject({ recipientId: 'worker-1', kind: 'report.merged', data: { reportId, caseId } });
    expect(composeNotification(event, 'en').body).toContain('Exposed garbage');
  });

  it('asks the reporter of a resolved report whether it was fixed, and until when', () => {
    const event = reportResolvedV1.create({
      ...common,
      aggregateId: reportId,
      payload: {
        reportId,
        reporterId: 'worker-1',
        category: {
          code: 'damaged-road-or-railing',
          group: 'facilities',
          name: { 'zh-CN': '道路或护栏破损', en: 'Damaged road or railing' },
        },
        resolvedBy: 'dept-1',
        resolvedAt: '2026-12-01T08:00:00.000Z',
        feedbackDueAt: '2026-12-08T08:00:00.000Z',
      },
    });

    expect(composeNotification(event)).toMatchObject({
      title: '您上报的问题已处理，问题解决了吗？',
      data: { feedbackDueAt: '2026-12-08T08:00:00.000Z' },
    });
    expect(composeNotification(event, 'en').body).toContain('before 2026-12-08T08:00:00.000Z');
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

  it('warns the worker how many points expire by when, oldest first, in their language', () => {
    const event = pointsExpiringV1.create({
      ...common,
      aggregateId: 'worker-3',
      payload: { accountId: 'worker-3', amount: 15, expiresBy: '2027-03-18T02:00:00.000Z', warnedAt: '2027-02-16T02:00:00.000Z' },
    });

    expect(composeNotification(event)).toMatchObject({
      recipientId: 'worker-3',
      kind: 'points.expiring',
      title: '15 积分即将过期',
      data: { amount: 15, expiresBy: '2027-03-18T02:00:00.000Z' },
    });
    expect(composeNotification(event, 'en').body).toContain('15 of your points expire by 2027-03-18');
  });
});

describe(tellsAPerson.name, () => {
  const confirmation = (reporter: { reporterId: string; reporterKind?: 'worker' | 'open311-client' }) =>
    reportConfirmedV3.create({
      ...common,
      aggregateId: reportId,
      payload: {
        reportId,
        ...reporter,
        category: { code: 'overflowing-bins', group: 'environment', name: { 'zh-CN': '垃圾桶满溢', en: 'Overflowing bins' } },
        severity: 'medium',
        location: { lat: 30.37, lng: 114.32 },
        communityCode: '420115001001',
        districtCode: '420115',
        private: false,
        capturedAt: new Date().toISOString(),
        confirmedBy: 'staff-1',
        confirmedAt: new Date().toISOString(),
      },
    });

  it("tells the worker of their report's progress, whether the event names the kind or not", () => {
    expect(tellsAPerson(confirmation({ reporterId: 'worker-1' }))).toBe(true);
    expect(tellsAPerson(confirmation({ reporterId: 'worker-1', reporterKind: 'worker' }))).toBe(true);
  });

  it('tells no one of a report a city system filed over Open311', () => {
    expect(tellsAPerson(confirmation({ reporterId: 'open311-client-1', reporterKind: 'open311-client' }))).toBe(false);
  });
});
