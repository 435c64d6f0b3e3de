import { reportViewSchema } from '@waystation/http-api';
import { ReportCategory } from '../categories/report-category.entity';
import { ReportHistoryEntry } from './report-history-entry.entity';
import { toReportView } from './report-view.mapper';
import { Report } from './report.entity';

const submittedAt = new Date('2026-11-30T01:02:03.456Z');
const reviewedAt = new Date('2026-11-30T02:00:00.000Z');

function report(overrides: Partial<Report> = {}): Report {
  return Object.assign(new Report(), {
    id: '0193a0b2-7c3e-7000-8000-00000000a001',
    reporterId: 'worker-1',
    category: 'littering',
    categoryDefinition: Object.assign(new ReportCategory(), {
      code: 'littering',
      group: 'environment',
      nameZh: '乱扔垃圾',
      nameEn: 'Littering',
    }),
    description: '路边垃圾堆积',
    lat: 30.375,
    lng: 114.322,
    accuracyMeters: 8,
    address: null,
    stationId: null,
    photos: [],
    answers: {},
    communityCode: '420115001001',
    districtCode: '420115',
    private: false,
    status: 'submitted',
    idempotencyKey: 'key-1',
    idempotencyFingerprint: 'digest-1',
    capturedAt: submittedAt,
    submittedAt,
    reviewedAt: null,
    reviewedBy: null,
    rejectionReason: null,
    rejectionCode: null,
    severity: null,
    duplicateOf: null,
    mergedInto: null,
    ...overrides,
  });
}

function entry(id: string, status: Report['status'], at: Date): ReportHistoryEntry {
  return Object.assign(new ReportHistoryEntry(), {
    id,
    reportId: report().id,
    fromStatus: null,
    status,
    actorId: `actor-${id}`,
    actorRole: 'worker',
    reasonCode: null,
    note: null,
    at,
  });
}

describe(toReportView.name, () => {
  const sut = toReportView;

  it('builds a view the internal API schema accepts, with times in ISO-8601 UTC', () => {
    const view = sut(
      report({ status: 'confirmed', severity: 'high', reviewedAt, reviewedBy: 'staff-1', history: [entry('1', 'submitted', submittedAt)] }),
    );

    expect(reportViewSchema.parse(view)).toEqual(view);
    expect(view).toMatchObject({ submittedAt: '2026-11-30T01:02:03.456Z', reviewedAt: '2026-11-30T02:00:00.000Z', reviewedBy: 'staff-1' });
  });

  it('names the category by code, group and names, and the place by community and district', () => {
    expect(sut(report())).toMatchObject({
      category: { code: 'littering', group: 'environment', name: { 'zh-CN': '乱扔垃圾', en: 'Littering' } },
      communityCode: '420115001001',
      districtCode: '420115',
      capturedAt: '2026-11-30T01:02:03.456Z',
    });
  });

  it('answers a null review time for a report nobody reviewed yet', () => {
    expect(sut(report()).reviewedAt).toBeNull();
  });

  it('nests the coordinates as the location and leaves the idempotency key out', () => {
    const view = sut(report());

    expect(view.location).toEqual({ lat: 30.375, lng: 114.322, accuracyMeters: 8 });
    expect(view).not.toHaveProperty('idempotencyKey');
    expect(view).not.toHaveProperty('idempotencyFingerprint');
  });

  it('lists the history oldest first by entry id, comparing the ids as numbers', () => {
    const history = [entry('10', 'confirmed', reviewedAt), entry('9', 'submitted', submittedAt), entry('2', 'submitted', submittedAt)];

    expect(sut(report({ history })).history.map((step) => step.actorId)).toEqual(['actor-2', 'actor-9', 'actor-10']);
    expect(history.map((step) => step.id)).toEqual(['10', '9', '2']);
  });

  it('answers an empty history when the report was loaded without it', () => {
    expect(sut(report({ history: undefined })).history).toEqual([]);
  });
});
