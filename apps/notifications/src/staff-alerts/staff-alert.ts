import { ReportOverdueV1, ReportSubmittedV1, ReportSubmittedV2, ReportSubmittedV3, SlaDeadlineKind } from '@waystation/contracts';
import { assertUnreachable } from '@waystation/platform';

/** The report events community staff are alerted to. */
export type StaffAlertEvent = ReportSubmittedV1 | ReportSubmittedV2 | ReportSubmittedV3 | ReportOverdueV1;

/** What an alert says, whichever event version it came from; no free text, no reporter. */
export type StaffAlert = { reportId: string; communityCode: string | null; category: string; private: boolean } & (
  { kind: 'new-report' } | { kind: 'overdue'; deadline: SlaDeadlineKind; dueAt: string }
);

/**
 * The alert an event calls for; none for a department's own missed deadline: the department hears of that on its
 * topic, and the staff still get the report's own breach if the report as a whole falls behind.
 */
export function staffAlertOf(event: StaffAlertEvent): StaffAlert | null {
  switch (event.type) {
    case 'report.submitted': {
      if (event.version !== 1) {
        const { reportId, communityCode, category } = event.payload;
        return { kind: 'new-report', reportId, communityCode, category: category.code, private: event.payload.private };
      }
      const { reportId, communityId, category } = event.payload;
      // v1 names the community by `communityId` and carries no privacy flag; it predates private categories.
      return { kind: 'new-report', reportId, communityCode: communityId ?? null, category, private: false };
    }
    case 'report.overdue': {
      if (event.payload.departmentCode) return null;
      const { reportId, communityCode, category, kind, dueAt } = event.payload;
      return { kind: 'overdue', reportId, communityCode, category, private: event.payload.private, deadline: kind, dueAt };
    }
    default:
      return assertUnreachable(event);
  }
}
