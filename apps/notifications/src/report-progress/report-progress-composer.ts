import { LocalizedText, ReportDispatchedV1, ReportUpdatedV1, ReportWithdrawnV1 } from '@waystation/contracts';
import { assertUnreachable } from '@waystation/platform';
import type { Locale } from '../notifications/notification-composer';

/** The department events on a report that its reporter hears of. */
export type ReportProgressEvent = ReportDispatchedV1 | ReportUpdatedV1 | ReportWithdrawnV1;

export interface ComposedProgress {
  kind: ReportProgressEvent['type'];
  title: string;
  body: string;
  data: Record<string, unknown>;
}

/** A department's name in the reader's language; its code when its names are unknown. */
export type DepartmentNames = (code: string) => LocalizedText | undefined;

/**
 * What the reporter reads of a department's move on their report, in their language. A department that answered
 * "not responsible", and one re-routed away, is never named as having failed: the reporter reads that their report
 * is being passed to the right department.
 */
export function composeReportProgress(event: ReportProgressEvent, namesOf: DepartmentNames, locale: Locale = 'zh-CN'): ComposedProgress {
  const zh = locale === 'zh-CN';
  const name = (code: string) => namesOf(code)?.[locale] ?? code;
  const reportId = event.payload.reportId;
  const rerouted: ComposedProgress = {
    kind: event.type,
    title: zh ? '您的随手拍正在转交处理部门' : 'Your report is being re-routed',
    body: zh
      ? '我们正在为您上报的问题安排合适的处理部门，请耐心等待。'
      : 'We are passing your report to the right department; thank you for your patience.',
    data: { reportId, status: 'rerouting' },
  };
  switch (event.type) {
    case 'report.dispatched': {
      const names = event.payload.departments.map((department) => department.name?.[locale] ?? name(department.code));
      const list = names.join(zh ? '、' : ', ');
      return {
        kind: event.type,
        title: zh ? '您的随手拍已转交处理部门' : 'Your report was passed to a department',
        body: zh ? `您上报的问题已转交「${list}」处理。` : `Your report was passed to ${list}, who will act on it.`,
        data: { reportId, status: 'dispatched', departments: event.payload.departments.map((department) => department.code) },
      };
    }
    case 'report.withdrawn':
      return rerouted;
    case 'report.updated': {
      const { departmentCode, status } = event.payload;
      const department = name(departmentCode);
      const told = (title: string, body: string): ComposedProgress => ({
        kind: event.type,
        title,
        body,
        data: { reportId, status, departmentCode },
      });
      switch (status) {
        case 'not-responsible':
        case 'withdrawn':
          return rerouted;
        case 'dispatched':
          return told(
            zh ? '您的随手拍已转交处理部门' : 'Your report was passed to a department',
            zh ? `您上报的问题已转交「${department}」处理。` : `Your report was passed to ${department}.`,
          );
        case 'acknowledged':
          return told(
            zh ? `「${department}」已受理您的随手拍` : `${department} took on your report`,
            zh ? `「${department}」已受理您上报的问题，将尽快处理。` : `${department} took on your report and will act on it soon.`,
          );
        case 'in-progress':
          return told(
            zh ? `「${department}」正在处理您的随手拍` : `${department} is working on your report`,
            zh ? `「${department}」正在处理您上报的问题。` : `${department} is working on your report.`,
          );
        case 'resolved':
          return told(
            zh ? `「${department}」已处理完毕` : `${department} finished its part`,
            zh ? `「${department}」已完成对您上报问题的处理。` : `${department} finished its part of the work on your report.`,
          );
        default:
          return assertUnreachable(status);
      }
    }
    default:
      return assertUnreachable(event);
  }
}
