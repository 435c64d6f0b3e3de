import { webhookUrlProblem } from './webhook-url-policy';

describe(webhookUrlProblem.name, () => {
  it('accepts https to a public host or address', () => {
    expect(webhookUrlProblem('https://hooks.sanitation.example.city/waystation', false)).toBeUndefined();
    expect(webhookUrlProblem('https://203.0.113.7:8443/hook', false)).toBeUndefined();
  });

  it('refuses plain http to anything but loopback', () => {
    expect(webhookUrlProblem('http://hooks.example.city/waystation', false)).toBe('A webhook URL must be https');
    expect(webhookUrlProblem('http://hooks.example.city/waystation', true)).toBe('A webhook URL must be https');
  });

  it.each(['http://127.0.0.1:4000/hook', 'https://localhost/hook', 'http://[::1]:4000/hook', 'http://127.1.2.3/hook'])(
    'takes the loopback URL %s only where loopback is allowed',
    (url) => {
      expect(webhookUrlProblem(url, true)).toBeUndefined();
      expect(webhookUrlProblem(url, false)).toMatch(/loopback/);
    },
  );

  it.each([
    'https://10.0.0.5/hook',
    'https://169.254.169.254/latest/meta-data',
    'https://192.168.1.1/',
    'https://[fd00::1]/',
    'https://0.0.0.0/',
  ])('refuses the private or reserved address in %s whatever the setting', (url) => {
    expect(webhookUrlProblem(url, true)).toMatch(/private or reserved/);
  });

  it('refuses credentials in the URL', () => {
    expect(webhookUrlProblem('https://user:secret@hooks.example.city/', false)).toMatch(/user name or password/);
  });
});
