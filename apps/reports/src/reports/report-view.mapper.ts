import { ReportView } from '@waystation/http-api';
import { categoryRefOf } from '../categories/category-view.mapper';
import { ReportCategory } from '../categories/report-category.entity';
import { inPosition, toReportPhoto } from '../photos/report-photo';
import { toReportDepartmentView } from '../dispatch/assignment-view.mapper';
import { Report } from './report.entity';

export function toReportView(report: Report): ReportView {
  return {
    id: report.id,
    reporterId: report.reporterId,
    // Every query loads the category with the report (the foreign key guarantees there is one).
    category: categoryRefOf(report.categoryDefinition as ReportCategory),
    description: report.description,
    location: { lat: report.lat, lng: report.lng, accuracyMeters: report.accuracyMeters },
    address: report.address,
    stationId: report.stationId,
    photos: inPosition(report.photos).map((photo) => toReportPhoto(report.id, photo)),
    answers: report.answers,
    communityCode: report.communityCode,
    districtCode: report.districtCode,
    private: report.private,
    status: report.status,
    capturedAt: report.capturedAt.toISOString(),
    submittedAt: report.submittedAt.toISOString(),
    reviewedAt: report.reviewedAt?.toISOString() ?? null,
    reviewedBy: report.reviewedBy,
    rejectionReason: report.rejectionReason,
    rejectionCode: report.rejectionCode,
    severity: report.severity,
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
    departments: [...(report.assignments ?? [])]
      .sort((a, b) => a.departmentCode.localeCompare(b.departmentCode))
      .map(toReportDepartmentView),
  };
}
