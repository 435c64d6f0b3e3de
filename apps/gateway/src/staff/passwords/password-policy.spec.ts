import { passwordPolicyProblem } from './password-policy';

describe(passwordPolicyProblem.name, () => {
  it('accepts a long passphrase that does not contain the username', () => {
    expect(passwordPolicyProblem('correct horse battery staple', 'li.wei')).toBeUndefined();
  });

  it('refuses a password shorter than 12 characters, counting characters not bytes', () => {
    expect(passwordPolicyProblem('驿站驿站驿站驿站驿站驿', 'li.wei')).toMatch(/at least 12/);
    expect(passwordPolicyProblem('驿站驿站驿站驿站驿站驿站', 'li.wei')).toBeUndefined();
  });

  it('refuses a password longer than 128 characters', () => {
    expect(passwordPolicyProblem('x'.repeat(129), 'li.wei')).toMatch(/at most 128/);
  });

  it('refuses the username, in any case, alone or inside the password', () => {
    expect(passwordPolicyProblem('Station-Manager-01', 'station-manager-01')).toMatch(/username/);
    expect(passwordPolicyProblem('my-LI.WEI-password', 'li.wei')).toMatch(/username/);
  });
});
