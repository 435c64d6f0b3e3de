import { AssignmentView, ReportDepartmentView } from '@waystation/http-api';
import { Department } from '../departments/department.entity';
import { ReportAssignmentStep } from './report-assignment-step.entity';
import { ReportAssignment } from './report-assignment.entity';

const historyOf = (steps: ReportAssignmentStep[] | undefined) =>
  [...(steps ?? [])]
    .sort((a, b) => Number(a.id) - Number(b.id))
    .map((step) => ({ from: step.fromStatus, status: step.status, note: step.note, photoIds: step.photoIds, at: step.at.toISOString() }));

/** The department's progress, shared by both views. */
const partOf = (assignment: ReportAssignment) => ({
  status: assignment.status,
  dispatchedAt: assignment.dispatchedAt.toISOString(),
  updatedAt: assignment.updatedAt.toISOString(),
  history: historyOf(assignment.history),
});

/** A department's part as the reporter and staff see it on the report (loaded with its department and history). */
export function toReportDepartmentView(assignment: ReportAssignment): ReportDepartmentView {
  const department = assignment.department as Department;
  return { code: assignment.departmentCode, name: { 'zh-CN': department.nameZh, en: department.nameEn }, ...partOf(assignment) };
}

export function toAssignmentView(assignment: ReportAssignment): AssignmentView {
  return { reportId: assignment.reportId, departmentCode: assignment.departmentCode, ...partOf(assignment) };
}
