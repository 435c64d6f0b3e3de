import { webhookSignature } from './webhook-signature';

describe(webhookSignature.name, () => {
  // Computed independently: python3 -c "import hmac,hashlib;print(hmac.new(b'whsec_test',b'1764720000.{\"id\":1}',hashlib.sha256).hexdigest())"
  const KNOWN = 'v1=360df8a907585eceb81bd6e5c1fc52feaafb49a3012c4b2048013759cead4648';

  it('is v1= and the hex HMAC-SHA256 of the timestamp, a dot and the body', () => {
    expect(webhookSignature('whsec_test', 1764720000, '{"id":1}')).toBe(KNOWN);
  });

  it('changes with the timestamp, the body and the secret', () => {
    const signature = webhookSignature('whsec_test', 1764720000, '{"id":1}');
    expect(webhookSignature('whsec_test', 1764720001, '{"id":1}')).not.toBe(signature);
    expect(webhookSignature('whsec_test', 1764720000, '{"id":2}')).not.toBe(signature);
    expect(webhookSignature('whsec_other', 1764720000, '{"id":1}')).not.toBe(signature);
  });
});
