import {
  LocalizedText,
  reportDispatchedV1,
  ReportDispatchedV1,
  ReportSeverity,
  reportWithdrawnV1,
  ReportWithdrawnV1,
} from '@waystation/contracts';
import { Mover } from '../lifecycle/report-mover';
import { LockedReport } from '../lifecycle/report-transitions.service';
import { SERVICE_NAME } from '../service-name';

const common = (report: LockedReport, correlationId: string, at: Date) => ({
  aggregateId: report.id,
  correlationId,
  producer: SERVICE_NAME,
  occurredAt: at,
});

/** Department-facing: no reporter, and no location for a care referral. */
export function dispatchedEvent(
  report: LockedReport,
  severity: ReportSeverity | null,
  departments: { code: string; ruleId: string | null }[],
  names: Map<string, LocalizedText>,
  mover: Mover,
  at: Date,
  correlationId: string,
): ReportDispatchedV1 {
  return reportDispatchedV1.create({
    ...common(report, correlationId, at),
    payload: {
      reportId: report.id,
      category: report.categoryRef,
      severity,
      private: report.private,
      location: report.private ? null : { lat: report.lat, lng: report.lng },
      communityCode: report.communityCode,
      districtCode: report.districtCode,
      departments: departments.map(({ code, ruleId }) => ({ code, ruleId, name: names.get(code) })),
      dispatchedBy: mover.id,
      dispatchedAt: at.toISOString(),
    },
  });
}

export function withdrawnEvent(
  report: LockedReport,
  departments: string[],
  reason: string,
  mover: Mover,
  at: Date,
  correlationId: string,
): ReportWithdrawnV1 {
  return reportWithdrawnV1.create({
    ...common(report, correlationId, at),
    payload: { reportId: report.id, departments, reason, withdrawnBy: mover.id, withdrawnAt: at.toISOString() },
  });
}
