import { ReportView } from '@waystation/http-api';
import { Report } from './report.entity';

export function toReportView(report: Report): ReportView {
  return {
    id: report.id,
    reporterId: report.reporterId,
    category: report.category,
    description: report.description,
    location: { lat: report.lat, lng: report.lng },
    address: report.address,
    photoUrls: report.photoUrls,
    status: report.status,
    submittedAt: report.submittedAt.toISOString(),
    reviewedAt: report.reviewedAt?.toISOString() ?? null,
    reviewedBy: report.reviewedBy,
    rejectionReason: report.rejectionReason,
    rejectionCode: report.rejectionCode,
    severity: report.severity,
    communityCode: report.communityCode,
    duplicateOf: report.duplicateOf,
    mergedInto: report.mergedInto,
    history: [...(report.history ?? [])]
      .sort((a, b) => Number(a.id) - Number(b.id))
      .map((entry) => ({
        from: entry.fromStatus,
        status: entry.status,
        actorId: entry.actorId,
        actorRole: entry.actorRole,
        reasonCode: entry.reasonCode,
        note: entry.note,
        at: entry.at.toISOString(),
      })),
  };
}
