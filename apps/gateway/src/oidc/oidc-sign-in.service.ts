import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { postgresErrorCode } from '@waystation/platform';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { Account } from '../accounts/account.entity';
import { AccountDisabledError } from '../staff/sign-in/sign-in-errors';
import { mapOidcClaims, MappedStaff, OidcClaimMapping } from './oidc-claim-mapping';
import { OidcNotConfiguredError } from './oidc-errors';
import { OidcIdentity } from './oidc-identity.entity';
import { OidcTokenVerifier } from './oidc-token-verifier';

const UNIQUE_VIOLATION = '23505';

export const OIDC_SETTINGS = Symbol('OIDC_SETTINGS');

/** The provider, when the city configured one (GATEWAY_OIDC_ISSUER). */
export interface OidcSettings {
  verifier: OidcTokenVerifier;
  issuer: string;
  mapping: OidcClaimMapping;
}

/**
 * Exchanges an ID token of the city's identity provider for the Waystation account of its (issuer, subject):
 * created on first sign-in, and given the role, scopes and name of the token's claims at every sign-in, so the
 * provider stays the source of truth. A disabled account stays disabled whatever the provider says.
 */
@Injectable()
export class OidcSignIn {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(OIDC_SETTINGS) private readonly settings: OidcSettings | null,
  ) {}

  async verify(idToken: string, nonce: string | undefined): Promise<Account> {
    if (!this.settings) throw new OidcNotConfiguredError();
    const claims = await this.settings.verifier.verify(idToken, nonce);
    const staff = mapOidcClaims(claims, this.settings.mapping);
    const subject = { issuer: this.settings.issuer, subject: claims.sub };
    try {
      return await this.dataSource.transaction((manager) => this.signIn(manager, subject, staff));
    } catch (error) {
      // Two first sign-ins of one person at once: the other created the account; this one now finds it.
      if (postgresErrorCode(error) !== UNIQUE_VIOLATION) throw error;
      return this.dataSource.transaction((manager) => this.signIn(manager, subject, staff));
    }
  }

  private async signIn(manager: EntityManager, subject: Pick<OidcIdentity, 'issuer' | 'subject'>, staff: MappedStaff): Promise<Account> {
    const now = new Date();
    const identity = await manager.findOne(OidcIdentity, { where: subject, lock: { mode: 'pessimistic_write' } });
    if (!identity) {
      const account = manager.create(Account, {
        id: uuidv7(),
        ...staff,
        status: 'active',
        createdAt: now,
        updatedAt: now,
        closedAt: null,
      });
      await manager.insert(Account, account);
      await manager.insert(OidcIdentity, { ...subject, accountId: account.id, createdAt: now, lastSignInAt: now });
      return account;
    }
    const account = await manager.findOneByOrFail(Account, { id: identity.accountId });
    if (account.status !== 'active') throw new AccountDisabledError();
    Object.assign(account, { role: staff.role, scopes: staff.scopes, displayName: staff.displayName, updatedAt: now });
    await manager.save(Account, account);
    await manager.update(OidcIdentity, subject, { lastSignInAt: now });
    return account;
  }
}
