import { ReportView } from '@waystation/http-api';
import { inPosition, toReportPhoto } from '../photos/report-photo';
import { Report } from './report.entity';

export function toReportView(report: Report): ReportView {
  return {
    id: report.id,
    reporterId: report.reporterId,
    category: report.category,
    description: report.description,
    location: { lat: report.lat, lng: report.lng },
    address: report.address,
    photos: inPosition(report.photos).map((photo) => toReportPhoto(report.id, photo)),
    status: report.status,
    submittedAt: report.submittedAt.toISOString(),
    reviewedAt: report.reviewedAt?.toISOString() ?? null,
    reviewedBy: report.reviewedBy,
    rejectionReason: report.rejectionReason,
    history: [...(report.history ?? [])]
      .sort((a, b) => Number(a.id) - Number(b.id))
      .map((entry) => ({ status: entry.status, actorId: entry.actorId, note: entry.note, at: entry.at.toISOString() })),
  };
}
