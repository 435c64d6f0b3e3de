import { Actor } from '@waystation/contracts';
import { IntakeRules, reporterKindOf } from './intake-rules';
import { CapturedAtOutOfRangeError } from './report-errors';

describe(IntakeRules.name, () => {
  const sut = new IntakeRules({ dailyLimit: 20, timeZone: 'Asia/Shanghai', capturedAtMaxAgeHours: 72 });
  const now = new Date('2026-12-01T17:30:00.000Z'); // 01:30 on 2 December in Wuhan

  it("counts days from the city's midnight, not UTC's", () => {
    expect(sut.dayOf(now)).toEqual({ start: new Date('2026-12-01T16:00:00.000Z'), end: new Date('2026-12-02T16:00:00.000Z') });
  });

  it('takes the submission time when no capture time is given', () => {
    expect(sut.capturedAt(undefined, now)).toBe(now);
  });

  it('accepts a capture time up to the configured age, and a minute of clock skew ahead', () => {
    const oldest = new Date(now.getTime() - 72 * 3_600_000);
    const skewed = new Date(now.getTime() + 60_000);

    expect(sut.capturedAt(oldest, now)).toBe(oldest);
    expect(sut.capturedAt(skewed, now)).toBe(skewed);
  });

  it('refuses a capture time older than the configured age or further in the future than the skew', () => {
    expect(() => sut.capturedAt(new Date(now.getTime() - 72 * 3_600_000 - 1), now)).toThrow(CapturedAtOutOfRangeError);
    expect(() => sut.capturedAt(new Date(now.getTime() + 60_001), now)).toThrow(CapturedAtOutOfRangeError);
  });
});

describe(reporterKindOf.name, () => {
  const actor = (role: Actor['role']): Actor => ({ id: 'someone', role, scopes: { stations: [], communities: [] } });

  it('files the reports of workers and of city systems over Open311 as theirs', () => {
    expect(reporterKindOf(actor('worker'))).toBe('worker');
    expect(reporterKindOf(actor('open311-client'))).toBe('open311-client');
  });

  it.each(['community-staff', 'station-manager', 'department', 'admin'] as const)('refuses a %s with reporting-not-allowed', (role) => {
    expect(() => reporterKindOf(actor(role))).toThrow(expect.objectContaining({ code: 'reporting-not-allowed' }));
  });
});
