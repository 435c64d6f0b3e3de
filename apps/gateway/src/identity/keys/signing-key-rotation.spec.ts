import { isRotationDue } from './signing-key-rotation';

const now = new Date('2026-12-01T12:00:00Z');
const activatedDaysAgo = (days: number) => ({ activatedAt: new Date(now.getTime() - days * 86_400_000) });

describe(isRotationDue.name, () => {
  it('creates a first key whatever the condition', () => {
    expect([isRotationDue(undefined, 'when-missing', now), isRotationDue(undefined, { olderThanDays: 30 }, now)]).toEqual([true, true]);
  });

  it('rotates on command even a fresh key', () => {
    expect(isRotationDue(activatedDaysAgo(0), 'always', now)).toBe(true);
  });

  it('keeps the active key when rotation is by command only', () => {
    expect(isRotationDue(activatedDaysAgo(400), 'when-missing', now)).toBe(false);
  });

  it('rotates a key once it has signed for the given number of days, not before', () => {
    expect(isRotationDue(activatedDaysAgo(29.9), { olderThanDays: 30 }, now)).toBe(false);
    expect(isRotationDue(activatedDaysAgo(30), { olderThanDays: 30 }, now)).toBe(true);
  });
});
