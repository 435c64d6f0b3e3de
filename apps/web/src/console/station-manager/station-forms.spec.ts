import { closedDayFormSchema, profileFormSchema, profilePatch, verifyFormSchema } from './station-forms';

describe('the station manager forms', () => {
  it('clear the contact phone and capacity when left empty, and send a number otherwise', () => {
    expect(profilePatch(profileFormSchema.parse({ contactPhone: ' ', capacity: '' }))).toEqual({ contactPhone: null, capacity: null });
    expect(profilePatch(profileFormSchema.parse({ contactPhone: '027-8888 1234', capacity: '12' }))).toEqual({
      contactPhone: '027-8888 1234',
      capacity: 12,
    });
  });

  it('refuse a capacity that is not a whole number', () => {
    expect(profileFormSchema.safeParse({ contactPhone: '', capacity: '1.5' }).error?.issues[0].message).toBe(
      'stationManager.errors.capacityInvalid',
    );
  });

  it('take a scanned QR payload or a typed code with spaces as the bare code', () => {
    expect(verifyFormSchema.parse({ code: 'waystation:redemption:AB12CD' })).toEqual({ code: 'AB12CD' });
    expect(verifyFormSchema.parse({ code: ' AB12 CD ' })).toEqual({ code: 'AB12CD' });
    expect(verifyFormSchema.safeParse({ code: '  ' }).error?.issues[0].message).toBe('stationManager.errors.codeRequired');
  });

  it('ask a closed day for its date', () => {
    expect(closedDayFormSchema.safeParse({ date: '', note: '' }).error?.issues[0].message).toBe('stationManager.errors.dateRequired');
  });
});
