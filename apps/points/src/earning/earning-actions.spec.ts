import {
  reportClosedV1,
  reportConfirmedV1,
  reportConfirmedV2,
  reportConfirmedV3,
  reportMergedV1,
  reportRejectedV1,
  reportResolvedV1,
  reportSubmittedV1,
  reportSubmittedV2,
  reportSubmittedV3,
  stationCheckedInV1,
  stationSessionAttendedV1,
} from '@waystation/contracts';
import {
  actionsOfAttendance,
  actionsOfCheckIn,
  actionsOfClosing,
  actionsOfConfirmation,
  actionsOfMerge,
  actionsOfRejection,
  actionsOfReportEvent,
  actionsOfResolution,
  actionsOfSubmission,
  reportEarningKey,
} from './earning-actions';
import { categoryOf, eventLike } from './earning-events.spec-helper';

const REPORT = '0195a6b8-2918-7af6-bfb8-1dc21b965249';
const WORKER = 'worker-1';

describe('earning actions', () => {
  it('reserves a submitted report at its group rule as of the submission, charged to its community', () => {
    const sut = actionsOfSubmission(
      eventLike(reportSubmittedV2, {
        reportId: REPORT,
        reporterId: WORKER,
        category: categoryOf('safety'),
        communityCode: '420115001001',
        submittedAt: '2026-03-01T02:00:00.000Z',
      }),
    );

    expect(sut).toEqual([
      {
        kind: 'reserve',
        workerId: WORKER,
        reportId: REPORT,
        rule: { eventType: 'report.confirmed', group: 'safety', at: new Date('2026-03-01T02:00:00.000Z') },
        communityCode: '420115001001',
        categoryCode: 'safety-test',
      },
    ]);
  });

  it('reserves a v1 submission by the group of its fixed category, with no community', () => {
    const [sut] = actionsOfSubmission(eventLike(reportSubmittedV1, { reportId: REPORT, reporterId: WORKER, category: 'road-damage' }));

    expect(sut).toMatchObject({ kind: 'reserve', rule: { group: 'facilities' }, communityCode: null, categoryCode: 'road-damage' });
  });

  it('earns a confirmed report under its one earning key, from its reservation', () => {
    const [sut] = actionsOfConfirmation(
      eventLike(reportConfirmedV2, { reportId: REPORT, reporterId: WORKER, category: categoryOf('environment') }),
    );

    expect(sut).toMatchObject({ kind: 'earn', creditKey: reportEarningKey(REPORT), reservedFor: REPORT, reason: 'report.confirmed' });
  });

  it('earns nothing at the confirmation of a care referral, and earns it at its resolution under the same key', () => {
    const confirmed = eventLike(reportConfirmedV2, { reportId: REPORT, reporterId: WORKER, category: categoryOf('people'), private: true });
    const resolved = eventLike(reportResolvedV1, { reportId: REPORT, reporterId: WORKER, category: categoryOf('people') });

    expect(actionsOfConfirmation(confirmed)).toEqual([]);
    expect(actionsOfResolution(resolved)).toEqual([
      expect.objectContaining({ kind: 'earn', creditKey: reportEarningKey(REPORT), reservedFor: REPORT, reason: 'report.visited' }),
    ]);
  });

  it('earns nothing at the resolution of a report that earned at its confirmation', () => {
    expect(actionsOfResolution(eventLike(reportResolvedV1, { category: categoryOf('facilities') }))).toEqual([]);
  });

  it('holds a v1 elderly-care confirmation for the visit, like any care referral', () => {
    const [sut] = actionsOfConfirmation(eventLike(reportConfirmedV1, { reportId: REPORT, reporterId: WORKER, category: 'elderly-care' }));

    expect(sut).toBeUndefined();
  });

  it('voids the reservation of a rejected report', () => {
    expect(actionsOfRejection(eventLike(reportRejectedV1, { reportId: REPORT, reporterId: WORKER }))).toEqual([
      { kind: 'void', workerId: WORKER, reportId: REPORT, reason: 'report.rejected' },
    ]);
  });

  it('voids a merged report and pays its reporter the token credit of the case', () => {
    const sut = actionsOfMerge(
      eventLike(reportMergedV1, { reportId: REPORT, reporterId: WORKER, category: categoryOf('obstruction'), alreadyReportedCase: false }),
    );

    expect(sut).toEqual([
      { kind: 'void', workerId: WORKER, reportId: REPORT, reason: 'report.merged' },
      expect.objectContaining({
        kind: 'earn',
        creditKey: `report.merged:${REPORT}`,
        rule: expect.objectContaining({ eventType: 'report.merged', group: 'obstruction' }),
      }),
    ]);
  });

  it("counts one person's repeats once: a merged repeat only voids", () => {
    const sut = actionsOfMerge(eventLike(reportMergedV1, { reportId: REPORT, reporterId: WORKER, alreadyReportedCase: true }));

    expect(sut).toEqual([{ kind: 'void', workerId: WORKER, reportId: REPORT, reason: 'report.merged' }]);
  });

  it('pays the fixed bonus once per report', () => {
    const [sut] = actionsOfClosing(eventLike(reportClosedV1, { reportId: REPORT, reporterId: WORKER }));

    expect(sut).toMatchObject({ kind: 'earn', creditKey: `report.closed:${REPORT}`, reason: 'report.fixed-bonus' });
  });

  it('pays each check-in and each attendance under its own key, by rules of no category', () => {
    const [checkIn] = actionsOfCheckIn(eventLike(stationCheckedInV1, { checkInId: 'check-in-1', workerId: WORKER }));
    const [attendance] = actionsOfAttendance(eventLike(stationSessionAttendedV1, { sessionId: 'session-1', workerId: WORKER }));

    expect(checkIn).toMatchObject({ creditKey: 'station.checked-in:check-in-1', rule: { eventType: 'station.checked-in', group: '' } });
    expect(attendance).toMatchObject({
      creditKey: `station-session.attended:session-1:${WORKER}`,
      rule: { eventType: 'station-session.attended', group: '' },
    });
  });

  it('earns, reserves and voids nothing for a report a city system filed over Open311', () => {
    const byCitySystem = { reportId: REPORT, reporterId: 'open311-client-1', reporterKind: 'open311-client' };

    expect(actionsOfReportEvent(eventLike(reportSubmittedV3, byCitySystem))).toEqual([]);
    expect(actionsOfReportEvent(eventLike(reportConfirmedV3, byCitySystem))).toEqual([]);
    expect(actionsOfReportEvent(eventLike(reportRejectedV1, byCitySystem))).toEqual([]);
    expect(actionsOfReportEvent(eventLike(reportClosedV1, byCitySystem))).toEqual([]);
  });

  it("earns for a worker's report whether its event names the kind or not", () => {
    const ofWorker = { reportId: REPORT, reporterId: WORKER, category: categoryOf('environment') };

    expect(actionsOfReportEvent(eventLike(reportConfirmedV3, ofWorker))).toEqual([
      expect.objectContaining({ kind: 'earn', workerId: WORKER }),
    ]);
    expect(actionsOfReportEvent(eventLike(reportConfirmedV3, { ...ofWorker, reporterKind: 'worker' }))).toEqual([
      expect.objectContaining({ kind: 'earn', workerId: WORKER }),
    ]);
  });
});
