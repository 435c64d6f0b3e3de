import { PointsCreditedV1, ReportCategoryV1, ReportConfirmedV1, ReportConfirmedV2, ReportRejectedV1 } from '@waystation/contracts';
import { assertUnreachable } from '@waystation/platform';

export type Locale = 'zh-CN' | 'en';
export type NotifiableEvent = ReportConfirmedV1 | ReportConfirmedV2 | ReportRejectedV1 | PointsCreditedV1;

export interface ComposedNotification {
  recipientId: string;
  kind: NotifiableEvent['type'];
  title: string;
  body: string;
  data: Record<string, unknown>;
}

const categoryNames: Record<Locale, Record<ReportCategoryV1, string>> = {
  'zh-CN': {
    sanitation: '环境卫生',
    'piled-materials': '乱堆物料',
    'exposed-garbage': '垃圾暴露',
    'safety-hazard': '安全隐患',
    'elderly-care': '独居老人关怀',
    'road-damage': '道路破损',
    other: '其他问题',
  },
  en: {
    sanitation: 'sanitation',
    'piled-materials': 'piled materials',
    'exposed-garbage': 'exposed garbage',
    'safety-hazard': 'safety hazard',
    'elderly-care': 'elderly person needing a visit',
    'road-damage': 'road damage',
    other: 'other problem',
  },
};

/** Turns an event into the inbox message its recipient reads, in their language. */
export function composeNotification(event: NotifiableEvent, locale: Locale = 'zh-CN'): ComposedNotification {
  const zh = locale === 'zh-CN';
  switch (event.type) {
    case 'report.confirmed': {
      // A v2 event names its category as the city office does; a v1 one has one of the seven fixed categories.
      const category = event.version === 2 ? event.payload.category.name[locale] : categoryNames[locale][event.payload.category];
      return {
        recipientId: event.payload.reporterId,
        kind: event.type,
        title: zh ? '您的随手拍已确认' : 'Your report was confirmed',
        body: zh
          ? `感谢您！您上报的「${category}」问题已由社区确认，积分将很快到账。`
          : `Thank you! Your report (${category}) was confirmed by community staff; your points are on their way.`,
        data: { reportId: event.payload.reportId },
      };
    }
    case 'report.rejected': {
      const category = categoryNames[locale][event.payload.category];
      return {
        recipientId: event.payload.reporterId,
        kind: event.type,
        title: zh ? '您的随手拍未通过审核' : 'Your report was not accepted',
        body: zh
          ? `您上报的「${category}」问题未通过审核。原因：${event.payload.reason}`
          : `Your report (${category}) was not accepted. Reason: ${event.payload.reason}`,
        data: { reportId: event.payload.reportId, reason: event.payload.reason },
      };
    }
    case 'points.credited':
      return {
        recipientId: event.payload.accountId,
        kind: event.type,
        title: zh ? `积分到账 +${event.payload.amount}` : `+${event.payload.amount} points`,
        body: zh
          ? `您获得 ${event.payload.amount} 积分，当前共 ${event.payload.balanceAfter} 积分。`
          : `You earned ${event.payload.amount} points; your balance is now ${event.payload.balanceAfter}.`,
        data: {
          amount: event.payload.amount,
          balanceAfter: event.payload.balanceAfter,
          referenceId: event.payload.referenceId,
          transactionId: event.payload.transactionId,
        },
      };
    default:
      return assertUnreachable(event);
  }
}
