import { contactPhoneSchema, toE164 } from './contact-phone.schema';

describe('contactPhoneSchema', () => {
  const sut = contactPhoneSchema;

  it.each(['+8613912345678', '+862787654321', '+14155552671'])('accepts the E.164 number %s', (phone) => {
    expect(sut.safeParse(phone).success).toBe(true);
  });

  it.each(['027-87654321', '02787654321', '010 6552 9988'])('accepts the Chinese landline %s with its area code', (phone) => {
    expect(sut.safeParse(phone).success).toBe(true);
  });

  it.each(['13912345678', '87654321', '12345', '+86123', 'call me', ''])('refuses %j', (phone) => {
    expect(sut.safeParse(phone).success).toBe(false);
  });
});

describe(toE164.name, () => {
  it('writes a Chinese landline in E.164', () => {
    expect(toE164('027-87654321')).toBe('+862787654321');
  });

  it('keeps an E.164 number as it is', () => {
    expect(toE164('+8613912345678')).toBe('+8613912345678');
  });
});
