import { CryptoKey, generateKeyPair } from 'jose';
import { ACCESS_TOKEN_ALGORITHM, AccessTokenKeys, SigningKey } from './access-token-keys';

/** Keys that live in memory only: for specs of what signs or verifies tokens without a database. */
export class InMemoryAccessTokenKeys extends AccessTokenKeys {
  private constructor(
    private readonly signer: SigningKey,
    private readonly verifiers: ReadonlyMap<string, CryptoKey>,
  ) {
    super();
  }

  /** A fresh key pair named `kid` that signs, and the keys `trusted` verifies with (its own by default). */
  static async generate(kid: string, trusted?: InMemoryAccessTokenKeys[]): Promise<InMemoryAccessTokenKeys> {
    const { publicKey, privateKey } = await generateKeyPair(ACCESS_TOKEN_ALGORITHM);
    const own = new Map([[kid, publicKey]]);
    const verifiers = trusted ? new Map(trusted.flatMap((keys) => [...keys.verifiers])) : own;
    return new InMemoryAccessTokenKeys({ kid, privateKey }, verifiers);
  }

  signingKey(): SigningKey {
    return this.signer;
  }

  async verificationKey(kid: string): Promise<CryptoKey | undefined> {
    return this.verifiers.get(kid);
  }
}
