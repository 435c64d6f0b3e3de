import { eventEnvelopeSchema } from './envelope';
import reportConfirmedFixture from './events/fixtures/report-confirmed.v1.json';

const failingPaths = (raw: unknown) => eventEnvelopeSchema.safeParse(raw).error?.issues.map((issue) => issue.path);

describe('eventEnvelopeSchema', () => {
  it('accepts the envelope of any event, whatever its payload', () => {
    expect(eventEnvelopeSchema.safeParse({ ...reportConfirmedFixture, payload: {} }).success).toBe(true);
  });

  it.each(['ReportConfirmed', 'report', 'report.Confirmed', 'report.confirmed.'])('rejects the type %p', (type) => {
    expect(failingPaths({ ...reportConfirmedFixture, type })).toEqual([['type']]);
  });

  it.each([0, -1, 1.5, '1'])('rejects the version %p', (version) => {
    expect(failingPaths({ ...reportConfirmedFixture, version })).toEqual([['version']]);
  });

  it('rejects a message without a payload', () => {
    expect(failingPaths({ ...reportConfirmedFixture, payload: undefined })).toEqual([['payload']]);
  });
});
