import { reportConfirmedV3 } from '../events/report-confirmed.v3';
import { reportedByWorker, reporterKindSchema } from './reporter-kind.schema';

describe(reportedByWorker.name, () => {
  it("takes a report event without the field as a worker's, as events written before it are", () => {
    expect(reportedByWorker({ reportId: 'r', reporterId: 'w' })).toBe(true);
    expect(reportedByWorker({ reporterKind: 'worker' })).toBe(true);
  });

  it("does not take a city system's Open311 report as a worker's", () => {
    expect(reportedByWorker({ reporterKind: 'open311-client' })).toBe(false);
  });

  it('is one of the two kinds, and report events refuse any other', () => {
    expect(reporterKindSchema.options).toEqual(['worker', 'open311-client']);
    expect(reportConfirmedV3.payloadSchema.shape.reporterKind.safeParse('department').success).toBe(false);
  });
});
