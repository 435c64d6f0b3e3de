import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id with OWASP's first recommended configuration (19 MiB, 2 passes, 1 lane; the Password Storage Cheat
 * Sheet). The parameters and salt travel in each PHC string, so raising them later still verifies old hashes.
 */
// algorithm 2 is Argon2id (a const enum of the binding, which isolated modules cannot import).
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  /** Verified instead when the username is unknown, so an unknown name costs the same time as a known one. */
  private readonly decoy = hash('not-a-password: unknown usernames are checked against this', ARGON2ID);

  hash(password: string): Promise<string> {
    return hash(password, ARGON2ID);
  }

  /** Whether `password` matches `passwordHash`; with no hash (an unknown username), false after the same work. */
  async verify(passwordHash: string | undefined, password: string): Promise<boolean> {
    const matches = await verify(passwordHash ?? (await this.decoy), password);
    return matches && passwordHash !== undefined;
  }
}
