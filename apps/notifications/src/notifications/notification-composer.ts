import {
  PointsCreditedV1,
  PointsExpiringV1,
  RedemptionExpiredV1,
  RedemptionPlacedV1,
  ReportCategoryV1,
  ReportConfirmedV1,
  ReportConfirmedV2,
  ReportConfirmedV3,
  ReportMergedV1,
  ReportRejectedV1,
  ReportRejectionReason,
  ReportResolvedV1,
  reportedByWorker,
} from '@waystation/contracts';
import { assertUnreachable } from '@waystation/platform';

export type Locale = 'zh-CN' | 'en';
export type NotifiableEvent =
  | ReportConfirmedV1
  | ReportConfirmedV2
  | ReportConfirmedV3
  | ReportRejectedV1
  | ReportMergedV1
  | ReportResolvedV1
  | PointsCreditedV1
  | PointsExpiringV1
  | RedemptionPlacedV1
  | RedemptionExpiredV1;

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

const rejectionReasons: Record<Locale, Record<ReportRejectionReason, string>> = {
  'zh-CN': {
    'not-a-problem': '经核实不属于需处理的问题',
    duplicate: '与已有上报重复',
    'insufficient-evidence': '照片或描述不足以核实',
    'outside-our-area': '不在本社区管辖范围',
    'private-matter': '属于私人事务',
  },
  en: {
    'not-a-problem': 'not a problem that needs action',
    duplicate: 'a duplicate of an earlier report',
    'insufficient-evidence': 'not enough evidence to verify',
    'outside-our-area': 'outside our area',
    'private-matter': 'a private matter',
  },
};

/** The reason a reporter reads: the reason code in words, then the staff's note (older events carry only `reason`). */
function rejectionText(payload: ReportRejectedV1['payload'], locale: Locale): string {
  if (!payload.reasonCode) return payload.reason;
  const reason = rejectionReasons[locale][payload.reasonCode];
  return payload.note ? `${reason}${locale === 'zh-CN' ? '。' : '. '}${payload.note}` : reason;
}

/**
 * Whether the event has a person to tell: not a report's progress when a city system filed it over Open311 (its
 * reporterId is the Open311 client's, which has no inbox; it reads the progress over Open311). Events of points
 * and redemptions name no reporter kind, so they always do.
 */
export function tellsAPerson(event: NotifiableEvent): boolean {
  return reportedByWorker(event.payload);
}

/** Turns an event into the inbox message its recipient reads, in their language. */
export function composeNotification(event: NotifiableEvent, locale: Locale = 'zh-CN'): ComposedNotification {
  const zh = locale === 'zh-CN';
  switch (event.type) {
    case 'report.confirmed': {
      // v2 and v3 name the category as the city office does; a v1 event has one of the seven fixed categories.
      const category = event.version !== 1 ? event.payload.category.name[locale] : categoryNames[locale][event.payload.category];
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
          ? `您上报的「${category}」问题未通过审核。原因：${rejectionText(event.payload, locale)}`
          : `Your report (${category}) was not accepted. Reason: ${rejectionText(event.payload, locale)}`,
        data: {
          reportId: event.payload.reportId,
          reason: event.payload.reason,
          reasonCode: event.payload.reasonCode ?? null,
          note: event.payload.note ?? null,
        },
      };
    }
    case 'report.merged': {
      const category = event.payload.category.name[locale];
      return {
        recipientId: event.payload.reporterId,
        kind: event.type,
        title: zh ? '您的随手拍已并入同一问题' : 'Your report joined an existing case',
        body: zh
          ? `您上报的「${category}」问题此前已有人上报，已并入同一事项一并处理。感谢您的关注！`
          : `Your report (${category}) was already reported; it joined that case and is handled with it. Thank you!`,
        data: { reportId: event.payload.reportId, caseId: event.payload.caseId },
      };
    }
    case 'report.resolved': {
      const category = event.payload.category.name[locale];
      return {
        recipientId: event.payload.reporterId,
        kind: event.type,
        title: zh ? '您上报的问题已处理，问题解决了吗？' : 'Your report was resolved: was it fixed?',
        body: zh
          ? `您上报的「${category}」问题已处理完毕。请告诉我们问题是否已解决；如未解决，可在 ${event.payload.feedbackDueAt} 前反馈，我们将重新处理。`
          : `Your report (${category}) was resolved. Please tell us whether it was fixed; if not, answer before ${event.payload.feedbackDueAt} and it will be reopened.`,
        data: { reportId: event.payload.reportId, feedbackDueAt: event.payload.feedbackDueAt },
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
    case 'points.expiring': {
      const by = event.payload.expiresBy.slice(0, 10);
      return {
        recipientId: event.payload.accountId,
        kind: event.type,
        title: zh ? `${event.payload.amount} 积分即将过期` : `${event.payload.amount} points expire soon`,
        body: zh
          ? `您有 ${event.payload.amount} 积分将于 ${by} 前过期（最早获得的积分先过期），可到驿站兑换礼品或服务。`
          : `${event.payload.amount} of your points expire by ${by} (the oldest first); spend them on gifts or services at a station.`,
        data: { amount: event.payload.amount, expiresBy: event.payload.expiresBy },
      };
    }
    case 'redemption.placed': {
      const reward = event.payload.rewardName[locale];
      return {
        recipientId: event.payload.workerId,
        kind: event.type,
        title: zh ? '兑换成功，请到驿站领取' : 'Your reward is ready to collect',
        body: zh
          ? `您已用 ${event.payload.cost} 积分兑换「${reward}」。请在 ${event.payload.expiresAt} 前到驿站出示兑换码领取，逾期未领将自动退回积分。`
          : `You spent ${event.payload.cost} points on "${reward}". Show your code at the station before ${event.payload.expiresAt}; uncollected, it expires and the points come back.`,
        data: {
          redemptionId: event.payload.redemptionId,
          rewardId: event.payload.rewardId,
          stationId: event.payload.stationId,
          expiresAt: event.payload.expiresAt,
        },
      };
    }
    case 'redemption.expired':
      return {
        recipientId: event.payload.workerId,
        kind: event.type,
        title: zh
          ? `兑换已过期，积分已退回 +${event.payload.refundedPoints}`
          : `Redemption expired: +${event.payload.refundedPoints} points back`,
        body: zh
          ? `您的兑换未在期限内领取，已自动取消，${event.payload.refundedPoints} 积分已退回，当前共 ${event.payload.balanceAfter} 积分。`
          : `Your reward was not collected in time, so the redemption was cancelled and ${event.payload.refundedPoints} points came back; your balance is now ${event.payload.balanceAfter}.`,
        data: {
          redemptionId: event.payload.redemptionId,
          refundedPoints: event.payload.refundedPoints,
          balanceAfter: event.payload.balanceAfter,
        },
      };
    default:
      return assertUnreachable(event);
  }
}
