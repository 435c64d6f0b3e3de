import { staffSignInFormSchema } from './staff-sign-in-forms';

describe('staffSignInFormSchema', () => {
  it('takes a username and password, the username trimmed', () => {
    expect(staffSignInFormSchema.parse({ username: ' demo-community ', password: 'secret' })).toEqual({
      username: 'demo-community',
      password: 'secret',
    });
  });

  it('names the missing field by its message key', () => {
    const result = staffSignInFormSchema.safeParse({ username: '  ', password: '' });

    expect(result.error?.issues.map(({ path, message }) => [path.join('.'), message])).toEqual([
      ['username', 'staffSignIn.errors.usernameRequired'],
      ['password', 'staffSignIn.errors.passwordRequired'],
    ]);
  });
});
