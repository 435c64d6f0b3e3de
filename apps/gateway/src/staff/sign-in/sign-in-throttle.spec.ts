import { afterFailure, FailureRecord, signInVerdict, SignInThrottlePolicy } from './sign-in-throttle';

const policy: SignInThrottlePolicy = { slowDownAfter: 5, firstDelayMs: 1_000, lockAfter: 10, lockMs: 15 * 60_000 };
const start = new Date('2026-12-01T08:00:00Z');
const at = (ms: number) => new Date(start.getTime() + ms);
const clean: FailureRecord = { failures: 0, lastFailureAt: null, lockedUntil: null };

function failTimes(count: number, record = clean): FailureRecord {
  return Array.from({ length: count }).reduce<FailureRecord>((current) => afterFailure(current, policy, start), record);
}

describe(signInVerdict.name, () => {
  it('allows the first attempts without delay', () => {
    expect(signInVerdict(failTimes(4), policy, start)).toEqual({ allowed: true });
  });

  it('makes the attempt after the fifth failure wait one second, and allows it after that', () => {
    const record = failTimes(5);

    expect(signInVerdict(record, policy, at(999))).toEqual({ allowed: false, reason: 'slowed-down', retryAt: at(1_000) });
    expect(signInVerdict(record, policy, at(1_000))).toEqual({ allowed: true });
  });

  it('doubles the delay with every further failure', () => {
    expect(signInVerdict(failTimes(8), policy, start)).toEqual({ allowed: false, reason: 'slowed-down', retryAt: at(8_000) });
  });

  it('locks for the configured time at the tenth failure, then starts counting again', () => {
    const locked = failTimes(10);

    expect(signInVerdict(locked, policy, at(15 * 60_000 - 1))).toEqual({ allowed: false, reason: 'locked', retryAt: at(15 * 60_000) });
    expect(signInVerdict(locked, policy, at(15 * 60_000))).toEqual({ allowed: true });
    expect(afterFailure(locked, policy, at(15 * 60_000))).toEqual({ failures: 1, lastFailureAt: at(15 * 60_000), lockedUntil: null });
  });
});
