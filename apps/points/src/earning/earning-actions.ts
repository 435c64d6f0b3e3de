import {
  groupOfV1Category,
  ReportCategoryGroup,
  ReportClosedV1,
  ReportConfirmedV1,
  ReportConfirmedV2,
  ReportConfirmedV3,
  ReportMergedV1,
  ReportRejectedV1,
  ReportResolvedV1,
  ReportSubmittedV1,
  ReportSubmittedV2,
  ReportSubmittedV3,
  reportedByWorker,
  StationCheckedInV1,
  StationSessionAttendedV1,
} from '@waystation/contracts';

/** Which rule sets an amount: the version of (event type, category group) in effect when the fact happened. */
export interface RuleLookup {
  eventType: string;
  /** The report category group; empty for rules of events that have none. */
  group: ReportCategoryGroup | '';
  at: Date;
}

/** Reserve a submitted report's points as pending, to be earned at its confirmation. */
export interface Reserve {
  kind: 'reserve';
  workerId: string;
  reportId: string;
  rule: RuleLookup;
  communityCode: string | null;
  categoryCode: string;
}

/** Earn points once per credit key: from the report's reservation where it has one, else from the budget. */
export interface Earn {
  kind: 'earn';
  workerId: string;
  creditKey: string;
  reason: string;
  referenceId: string;
  rule: RuleLookup;
  communityCode: string | null;
  categoryCode: string | null;
  /** The report whose reservation pays for it, if any. */
  reservedFor?: string;
}

/** Release a report's reservation unearned. */
export interface Void {
  kind: 'void';
  workerId: string;
  reportId: string;
  reason: string;
}

export type EarningAction = Reserve | Earn | Void;

/** Care referrals earn when the visit is done (the report resolved), not at confirmation. */
const EARNS_AT_RESOLUTION: ReportCategoryGroup = 'people';

/** A report's one earning: whichever event pays for it, the key is the same, so it is paid once. */
export const reportEarningKey = (reportId: string) => `report.confirmed:${reportId}`;
/** The reservation of a submitted report's points, and its release (unearned, or what a cap left). */
export const reservationKey = (reportId: string) => `report.reserved:${reportId}`;
export const releaseKey = (reportId: string) => `report.voided:${reportId}`;

export function actionsOfSubmission(event: ReportSubmittedV1 | ReportSubmittedV2 | ReportSubmittedV3): EarningAction[] {
  const { reportId, reporterId } = event.payload;
  const [group, categoryCode, communityCode, at] =
    event.version === 1
      ? [groupOfV1Category(event.payload.category), event.payload.category, null, new Date(event.occurredAt)]
      : [event.payload.category.group, event.payload.category.code, event.payload.communityCode, new Date(event.payload.submittedAt)];
  return [
    { kind: 'reserve', workerId: reporterId, reportId, rule: { eventType: 'report.confirmed', group, at }, communityCode, categoryCode },
  ];
}

export function actionsOfConfirmation(event: ReportConfirmedV1 | ReportConfirmedV2 | ReportConfirmedV3): EarningAction[] {
  const { reportId, reporterId, confirmedAt } = event.payload;
  const [group, categoryCode, communityCode] =
    event.version === 1
      ? [groupOfV1Category(event.payload.category), event.payload.category, null]
      : [event.payload.category.group, event.payload.category.code, event.payload.communityCode];
  if (group === EARNS_AT_RESOLUTION) return [];
  return [
    {
      kind: 'earn',
      workerId: reporterId,
      creditKey: reportEarningKey(reportId),
      reason: 'report.confirmed',
      referenceId: reportId,
      rule: { eventType: 'report.confirmed', group, at: new Date(confirmedAt) },
      communityCode,
      categoryCode,
      reservedFor: reportId,
    },
  ];
}

export function actionsOfResolution(event: ReportResolvedV1): EarningAction[] {
  const { reportId, reporterId, category, resolvedAt } = event.payload;
  if (category.group !== EARNS_AT_RESOLUTION) return [];
  return [
    {
      kind: 'earn',
      workerId: reporterId,
      creditKey: reportEarningKey(reportId),
      reason: 'report.visited',
      referenceId: reportId,
      rule: { eventType: 'report.confirmed', group: category.group, at: new Date(resolvedAt) },
      communityCode: null,
      categoryCode: category.code,
      reservedFor: reportId,
    },
  ];
}

export function actionsOfRejection(event: ReportRejectedV1): EarningAction[] {
  return [{ kind: 'void', workerId: event.payload.reporterId, reportId: event.payload.reportId, reason: 'report.rejected' }];
}

/**
 * The city's duplicate rule: a merged report's own reservation is void; its reporter, a later reporter of the case,
 * earns the token credit, unless they had reported the case already (one person's repeats count once).
 */
export function actionsOfMerge(event: ReportMergedV1): EarningAction[] {
  const { reportId, reporterId, category, alreadyReportedCase, mergedAt } = event.payload;
  const release: EarningAction = { kind: 'void', workerId: reporterId, reportId, reason: 'report.merged' };
  if (alreadyReportedCase) return [release];
  return [
    release,
    {
      kind: 'earn',
      workerId: reporterId,
      creditKey: `report.merged:${reportId}`,
      reason: 'report.merged',
      referenceId: reportId,
      rule: { eventType: 'report.merged', group: category.group, at: new Date(mergedAt) },
      communityCode: null,
      categoryCode: category.code,
    },
  ];
}

/** The bonus for a reporter who said their resolved report was fixed (report.closed follows only that answer). */
export function actionsOfClosing(event: ReportClosedV1): EarningAction[] {
  const { reportId, reporterId, category, closedAt } = event.payload;
  return [
    {
      kind: 'earn',
      workerId: reporterId,
      creditKey: `report.closed:${reportId}`,
      reason: 'report.fixed-bonus',
      referenceId: reportId,
      rule: { eventType: 'report.closed', group: category.group, at: new Date(closedAt) },
      communityCode: null,
      categoryCode: category.code,
    },
  ];
}

/** A check-in earns under its rule's daily cap: with the seeded cap of 1 point, the first check-in of a day. */
export function actionsOfCheckIn(event: StationCheckedInV1): EarningAction[] {
  const { checkInId, workerId, checkedInAt } = event.payload;
  return [
    {
      kind: 'earn',
      workerId,
      creditKey: `station.checked-in:${checkInId}`,
      reason: 'station.checked-in',
      referenceId: checkInId,
      rule: { eventType: 'station.checked-in', group: '', at: new Date(checkedInAt) },
      communityCode: null,
      categoryCode: null,
    },
  ];
}

export function actionsOfAttendance(event: StationSessionAttendedV1): EarningAction[] {
  const { sessionId, workerId, attendedAt } = event.payload;
  return [
    {
      kind: 'earn',
      workerId,
      creditKey: `station-session.attended:${sessionId}:${workerId}`,
      reason: 'station-session.attended',
      referenceId: sessionId,
      rule: { eventType: 'station-session.attended', group: '', at: new Date(attendedAt) },
      communityCode: null,
      categoryCode: null,
    },
  ];
}

/** Any report event points earns or voids on. */
export type ReportEarningEvent =
  | ReportSubmittedV1
  | ReportSubmittedV2
  | ReportSubmittedV3
  | ReportConfirmedV1
  | ReportConfirmedV2
  | ReportConfirmedV3
  | ReportResolvedV1
  | ReportRejectedV1
  | ReportMergedV1
  | ReportClosedV1;

/** A report a city system filed over Open311 earns no one anything: no reservation, no credit, nothing to void. */
export function actionsOfReportEvent(event: ReportEarningEvent): EarningAction[] {
  if (!reportedByWorker(event.payload)) return [];
  switch (event.type) {
    case 'report.submitted':
      return actionsOfSubmission(event);
    case 'report.confirmed':
      return actionsOfConfirmation(event);
    case 'report.resolved':
      return actionsOfResolution(event);
    case 'report.rejected':
      return actionsOfRejection(event);
    case 'report.merged':
      return actionsOfMerge(event);
    case 'report.closed':
      return actionsOfClosing(event);
  }
}

export type StationEarningEvent = StationCheckedInV1 | StationSessionAttendedV1;

export function actionsOfStationEvent(event: StationEarningEvent): EarningAction[] {
  return event.type === 'station.checked-in' ? actionsOfCheckIn(event) : actionsOfAttendance(event);
}
