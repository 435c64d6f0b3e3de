import { CheckInCodes } from './check-in-codes';

describe(CheckInCodes.name, () => {
  const sut = new CheckInCodes('a-test-secret-that-is-long-enough-0123456789', 60);
  const station = '01957de3-4040-7334-a89f-23c01319e013';
  const noon = new Date('2026-12-01T04:00:10.000Z');
  const later = (seconds: number) => new Date(noon.getTime() + seconds * 1_000);

  it('accepts the current code', () => {
    expect(sut.checkRotating(station, sut.rotatingCode(station, noon).code, noon)).toBe('valid');
  });

  it("accepts the previous window's code, so a scan just before the change goes through", () => {
    const { code, validUntil } = sut.rotatingCode(station, noon);

    expect(sut.checkRotating(station, code, later(60))).toBe('valid');
    expect(validUntil).toEqual(new Date('2026-12-01T04:02:00.000Z'));
  });

  it('refuses a code two windows old, and a photo of yesterday’s, as expired', () => {
    const { code } = sut.rotatingCode(station, noon);

    expect(sut.checkRotating(station, code, later(120))).toBe('expired');
    expect(sut.checkRotating(station, code, later(86_400))).toBe('expired');
  });

  it('refuses a code signed with another secret, for another station, or altered, as forged', () => {
    const { code } = sut.rotatingCode(station, noon);
    const [window, mac] = code.split('.');
    const other = new CheckInCodes('another-secret-that-is-long-enough-0123456789', 60);

    expect(sut.checkRotating(station, other.rotatingCode(station, noon).code, noon)).toBe('forged');
    expect(sut.checkRotating('another-station', code, noon)).toBe('forged');
    expect(sut.checkRotating(station, `${Number(window) + 1}.${mac}`, later(60))).toBe('forged');
    expect(sut.checkRotating(station, 'not a code', noon)).toBe('forged');
  });

  it("accepts a station's printed code and refuses another station's", () => {
    expect(sut.checkPrinted(station, sut.printedCode(station))).toBe('valid');
    expect(sut.checkPrinted(station, sut.printedCode('another-station'))).toBe('forged');
    expect(sut.checkPrinted(station, 'P-short')).toBe('forged');
  });
});
