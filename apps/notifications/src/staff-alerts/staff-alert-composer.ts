import { assertUnreachable } from '@waystation/platform';
import type { Locale } from '../notifications/notification-composer';
import { StaffAlert } from './staff-alert';

export interface ComposedStaffAlert {
  kind: 'report.submitted' | 'report.overdue';
  title: string;
  body: string;
  data: Record<string, unknown>;
}

const deadlineNames = {
  'zh-CN': { acknowledge: '受理', resolve: '办结' },
  en: { acknowledge: 'acknowledge', resolve: 'resolve' },
} as const;

/**
 * The message a community's staff member reads, in their language. A care referral (private) says only that one
 * arrived or is overdue and where to open it: not even its category.
 */
export function composeStaffAlert(alert: StaffAlert, locale: Locale = 'zh-CN'): ComposedStaffAlert {
  const zh = locale === 'zh-CN';
  const data = alert.private ? { reportId: alert.reportId, private: true } : { reportId: alert.reportId, category: alert.category };
  switch (alert.kind) {
    case 'new-report':
      return {
        kind: 'report.submitted',
        title: alert.private ? (zh ? '新的关怀转介' : 'New care referral') : zh ? '社区有新的随手拍' : 'New report in your community',
        body: alert.private
          ? zh
            ? '您的社区收到一条关怀转介，请在工作台中查看。'
            : 'A care referral arrived for your community; open it in the console.'
          : zh
            ? `您的社区有一条新的随手拍（${alert.category}）待审核。`
            : `A new report (${alert.category}) in your community is waiting for review.`,
        data,
      };
    case 'overdue': {
      const deadline = deadlineNames[locale][alert.deadline];
      return {
        kind: 'report.overdue',
        title: alert.private ? (zh ? '关怀转介已超时' : 'Care referral overdue') : zh ? '随手拍已超时' : 'Report overdue',
        body: alert.private
          ? zh
            ? `一条关怀转介已超过${deadline}时限，请尽快跟进。`
            : `A care referral is past its deadline to ${deadline}; please follow it up.`
          : zh
            ? `一条随手拍（${alert.category}）已超过${deadline}时限，请尽快跟进。`
            : `A report (${alert.category}) is past its deadline to ${deadline}; please follow it up.`,
        data: { ...data, deadline: alert.deadline, dueAt: alert.dueAt },
      };
    }
    default:
      return assertUnreachable(alert);
  }
}
