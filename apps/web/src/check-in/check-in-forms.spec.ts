import { checkInFormSchema, checkInMethodOf } from './check-in-forms';

describe('the check-in form', () => {
  it('asks for a code, trimmed of the spaces a scan or a paste leaves', () => {
    expect(checkInFormSchema.safeParse({ code: '  ' }).error?.issues[0].message).toBe('checkIn.errors.codeRequired');
    expect(checkInFormSchema.parse({ code: ' P-abc ' })).toEqual({ code: 'P-abc' });
  });

  it("checks in with the screen's rotating code by that code alone", () => {
    expect(checkInMethodOf('29413520.AbCdEfGhIjKlMnOpQrSt_-')).toBe('rotating-code');
  });

  it('takes any other code as the printed one, which goes with the position', () => {
    expect(checkInMethodOf('P-AbCdEfGhIjKlMnOpQrSt_-')).toBe('printed-code');
    expect(checkInMethodOf('29413520.short')).toBe('printed-code');
  });
});
