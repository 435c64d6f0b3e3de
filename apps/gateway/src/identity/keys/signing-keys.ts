import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Jwks } from '@waystation/http-api';
import { CryptoKey, importJWK } from 'jose';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { IdentitySettings } from '../identity-settings';
import { ACCESS_TOKEN_ALGORITHM, AccessTokenKeys, SigningKey } from './access-token-keys';
import { SigningKeyRecord } from './signing-key.entity';
import { rotateSigningKey } from './signing-key-rotation';

/** How often a replica rotates a key that is due and picks up keys another replica (or the command) made. */
const MAINTENANCE_INTERVAL_MS = 60_000;
/** A token with a kid this replica does not know makes it read the keys again, at most this often. */
const RELOAD_COOLDOWN_MS = 1_000;

interface LoadedKeys {
  signer: SigningKey;
  verifiers: Map<string, CryptoKey>;
  jwks: Jwks;
}

/**
 * The signing keys in the gateway's database, held in memory: the active one signs, it and the retired ones
 * still within their verification window verify and are published. A key made by another replica is learnt
 * within a minute, or at once when a token names it.
 */
@Injectable()
export class SigningKeys extends AccessTokenKeys implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SigningKeys.name);
  private loaded?: LoadedKeys;
  private loading?: Promise<LoadedKeys>;
  private loadedAt = 0;
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: IdentitySettings,
  ) {
    super();
  }

  async onModuleInit(): Promise<void> {
    await this.maintain();
    this.timer = setInterval(() => {
      this.maintain().catch((error: unknown) =>
        this.logger.warn({ err: error }, 'could not refresh the signing keys; keeping the ones held'),
      );
    }, MAINTENANCE_INTERVAL_MS).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  signingKey(): SigningKey {
    if (!this.loaded) throw new Error('Signing keys used before the module was initialised');
    return this.loaded.signer;
  }

  async verificationKey(kid: string): Promise<CryptoKey | undefined> {
    const held = this.loaded?.verifiers.get(kid);
    if (held) return held;
    // Perhaps another replica has just rotated. Tokens with made-up kids cost one read a second, not one each.
    const wait = this.loadedAt + RELOAD_COOLDOWN_MS - Date.now();
    if (wait > 0) await sleep(wait);
    return (await this.load()).verifiers.get(kid);
  }

  jwks(): Jwks {
    return this.loaded?.jwks ?? { keys: [] };
  }

  /** Replaces the signing key now (the rotate-key command does the same from outside). */
  async rotate(): Promise<string> {
    const kid = await rotateSigningKey(this.dataSource, 'always', this.settings.verificationWindowSeconds);
    await this.load();
    return kid;
  }

  private async maintain(): Promise<void> {
    const rotated = await rotateSigningKey(this.dataSource, this.settings.rotation, this.settings.verificationWindowSeconds);
    if (rotated) this.logger.log({ kid: rotated }, 'a new signing key signs from now on');
    await this.load();
  }

  /** One read at a time: the requests that need it meanwhile share it. */
  private load(): Promise<LoadedKeys> {
    this.loading ??= this.read().finally(() => (this.loading = undefined));
    return this.loading;
  }

  private async read(): Promise<LoadedKeys> {
    const windowStart = new Date(Date.now() - this.settings.verificationWindowSeconds * 1000);
    const records = await this.dataSource.getRepository(SigningKeyRecord).find({
      where: [{ retiredAt: IsNull() }, { retiredAt: MoreThan(windowStart) }],
      order: { activatedAt: 'DESC' },
    });
    const active = records.find((record) => record.retiredAt === null && record.privateJwk !== null);
    if (!active?.privateJwk) throw new Error('The gateway database holds no active signing key');
    const verifiers = new Map<string, CryptoKey>();
    for (const record of records) verifiers.set(record.kid, (await importJWK(record.publicJwk, record.algorithm)) as CryptoKey);
    const loaded: LoadedKeys = {
      signer: { kid: active.kid, privateKey: (await importJWK(active.privateJwk, ACCESS_TOKEN_ALGORITHM)) as CryptoKey },
      verifiers,
      jwks: {
        keys: records.map((record) => ({
          ...record.publicJwk,
          kty: record.publicJwk.kty ?? 'EC',
          kid: record.kid,
          alg: record.algorithm,
          use: 'sig' as const,
        })),
      },
    };
    this.loaded = loaded;
    this.loadedAt = Date.now();
    return loaded;
  }
}
