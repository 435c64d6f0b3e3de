import type { CryptoKey } from 'jose';

/** The algorithm of every access token: ECDSA on P-256, small keys and signatures, verified by any JOSE library. */
export const ACCESS_TOKEN_ALGORITHM = 'ES256';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
}

/** Where access tokens get the key that signs them and the keys that verify them. */
export abstract class AccessTokenKeys {
  abstract signingKey(): SigningKey;
  /** The public key named `kid`, if it still verifies; undefined for a key this gateway never had or has dropped. */
  abstract verificationKey(kid: string): Promise<CryptoKey | undefined>;
}
