import { codeFormSchema, phoneFormSchema, signUpFormSchema } from './sign-in-forms';

describe('the sign-in forms', () => {
  it.each(['13871234567', '+8613871234567', '+447700900123'])('takes %s as a phone number', (phone) => {
    expect(phoneFormSchema.safeParse({ phone }).success).toBe(true);
  });

  it.each(['1387123456', '23871234567', 'phone'])('names the problem with %s by its message key', (phone) => {
    expect(phoneFormSchema.safeParse({ phone }).error?.issues[0].message).toBe('signIn.errors.phoneInvalid');
  });

  it('takes six digits as the code and nothing else', () => {
    expect(codeFormSchema.safeParse({ code: '123456' }).success).toBe(true);
    expect(codeFormSchema.safeParse({ code: '12345a' }).error?.issues[0].message).toBe('signIn.errors.codeInvalid');
  });

  it('asks a new worker for their name, their work and consent', () => {
    const messages = signUpFormSchema
      .safeParse({ code: '123456', displayName: ' ', consent: false })
      .error?.issues.map(({ message }) => message);

    expect(messages).toEqual(['signIn.errors.displayNameRequired', 'signIn.errors.workerTypeRequired', 'signIn.errors.consentRequired']);
  });
});
