import { verifyRedemptionSchema } from '@waystation/http-api';
import { newRedemptionCode, REDEMPTION_CODE_ALPHABET, redemptionQrPayload } from './redemption-code';

describe(newRedemptionCode.name, () => {
  const sut = newRedemptionCode;

  it('draws 8 characters, none of 0, O, 1 or I', () => {
    const codes = Array.from({ length: 2_000 }, () => sut());

    for (const code of codes) expect(code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    expect(REDEMPTION_CODE_ALPHABET).not.toMatch(/[01IO]/);
  });

  it('draws every character of its alphabet and rarely repeats a code', () => {
    const codes = Array.from({ length: 2_000 }, () => sut());

    expect(new Set(codes.join('')).size).toBe(REDEMPTION_CODE_ALPHABET.length);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('gives a code the verification request takes as the worker shows it', () => {
    const code = sut();

    expect(verifyRedemptionSchema.parse({ code: `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}` }).code).toBe(code);
  });

  it('puts the code in a QR payload naming what it is', () => {
    expect(redemptionQrPayload('ABCD2345')).toBe('waystation:redemption:ABCD2345');
  });
});
