import { WebhookSecretCipher } from './webhook-secret-cipher';

describe(WebhookSecretCipher.name, () => {
  const cipher = new WebhookSecretCipher('a-webhook-secret-key-of-at-least-32-characters');
  const secret = 'whsec_9mQ2v7LxR0cT4pW8yZ1bN6dF3hJ5kS';

  it('opens what it sealed, and the sealed text holds nothing of the secret', () => {
    const sealed = cipher.seal(secret);

    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain(secret);
    expect(cipher.open(sealed)).toBe(secret);
  });

  it('seals the same secret differently each time', () => {
    expect(cipher.seal(secret)).not.toBe(cipher.seal(secret));
  });

  it('refuses a secret sealed under another key', () => {
    const other = new WebhookSecretCipher('another-webhook-secret-key-of-32-characters-or-more');

    expect(() => other.open(cipher.seal(secret))).toThrow();
  });

  it('refuses an altered sealed secret, and text that was never sealed', () => {
    const [format, iv, tag, ciphertext] = cipher.seal(secret).split('.');
    const flipped = Buffer.from(ciphertext, 'base64url');
    flipped[0] ^= 1;
    const altered = [format, iv, tag, flipped.toString('base64url')].join('.');

    expect(() => cipher.open(altered)).toThrow();
    expect(() => cipher.open(secret)).toThrow('Not a sealed webhook secret');
  });
});
