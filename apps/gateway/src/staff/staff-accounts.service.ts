import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, ActorScopes, Page, PageRequest, StaffRole, toPage } from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { postgresErrorCode } from '@waystation/platform';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { Account } from '../accounts/account.entity';
import { TokenSessions } from '../identity/sessions/token-session-issuer';
import { generatePassword } from './passwords/generated-password';
import { PasswordHasher } from './passwords/password-hasher';
import { passwordPolicyProblem } from './passwords/password-policy';
import { StaffCredential } from './staff-credential.entity';
import {
  ClosedAccountError,
  OwnAccountChangeError,
  StaffAdminOnlyError,
  StaffNotFoundError,
  UsernameTakenError,
  WeakPasswordError,
} from './staff-errors';
import { staffChanged, staffRegistered } from './staff-events';
import { StaffMember } from './staff-member';

const UNIQUE_VIOLATION = '23505';

export interface NewStaff {
  username: string;
  displayName: string;
  role: StaffRole;
  scopes: ActorScopes;
  /** Absent: one is generated and returned once. */
  password?: string;
}

export interface StaffChange {
  displayName?: string;
  /** Role and scopes arrive together, already checked as a pair. */
  assignment?: { role: StaffRole; scopes: ActorScopes };
}

/** What a password change answers: the generated password, shown once, when none was given. */
export interface PasswordOutcome {
  generatedPassword?: string;
}

/**
 * The city office's staff accounts (admin only). A change of role or scopes reaches the services with the
 * account's next access token (its next refresh, within GATEWAY_ACCESS_TOKEN_TTL_SECONDS). Disabling the account
 * or resetting its password also ends its sessions: their refresh tokens stop at once, and so do their access
 * tokens at the gateway.
 */
@Injectable()
export class StaffAccounts {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: TokenSessions,
    private readonly outbox: Outbox,
  ) {}

  async create(actor: Actor, staff: NewStaff, correlationId: string = uuidv7()): Promise<StaffMember & PasswordOutcome> {
    requireAdmin(actor);
    return this.register(staff, this.dataSource.manager, correlationId);
  }

  /** Creates the account without asking who: for the bootstrap admin, inside the caller's transaction. */
  async register(
    staff: NewStaff,
    manager: EntityManager = this.dataSource.manager,
    correlationId: string = uuidv7(),
  ): Promise<StaffMember & PasswordOutcome> {
    const { password, generatedPassword } = this.choosePassword(staff.username, staff.password);
    const passwordHash = await this.hasher.hash(password);
    const now = new Date();
    const account = manager.create(Account, {
      id: uuidv7(),
      role: staff.role,
      scopes: staff.scopes,
      displayName: staff.displayName,
      status: 'active',
      createdAt: now,
      updatedAt: now,
      closedAt: null,
    });
    const credential = manager.create(StaffCredential, {
      accountId: account.id,
      username: staff.username,
      passwordHash,
      passwordChangedAt: now,
    });
    try {
      await manager.transaction(async (transaction) => {
        await transaction.insert(Account, account);
        await transaction.insert(StaffCredential, credential);
        await this.outbox.add(transaction, staffRegistered(account, now, correlationId));
      });
    } catch (error) {
      if (postgresErrorCode(error) === UNIQUE_VIOLATION) throw new UsernameTakenError(staff.username);
      throw error;
    }
    return { account, credential, generatedPassword };
  }

  async list(actor: Actor, { cursor, limit }: PageRequest): Promise<Page<StaffMember>> {
    requireAdmin(actor);
    const query = this.members()
      .orderBy('account.id', 'ASC')
      .take(limit + 1);
    if (cursor) query.where('account.id > :cursor', { cursor });
    const rows = await query.getMany();
    return toPage(
      rows.map(this.memberOf),
      limit,
      (member) => member,
      (member) => member.account.id,
    );
  }

  async get(actor: Actor, accountId: string): Promise<StaffMember> {
    requireAdmin(actor);
    return this.find(this.dataSource.manager, accountId);
  }

  async update(actor: Actor, accountId: string, change: StaffChange, correlationId: string): Promise<StaffMember> {
    requireAdmin(actor);
    if (change.assignment && accountId === actor.id && change.assignment.role !== 'admin') throw new OwnAccountChangeError('change role');
    return this.changeAccount(accountId, async (account, manager) => {
      const before = { ...account };
      if (change.displayName) account.displayName = change.displayName;
      if (change.assignment) Object.assign(account, change.assignment);
      const announced = staffChanged(before, account, new Date(), correlationId);
      if (announced) await this.outbox.add(manager, announced);
    });
  }

  /** Disabled: its sessions end and sign-in is refused until it is enabled again. */
  async setEnabled(actor: Actor, accountId: string, enabled: boolean): Promise<StaffMember> {
    requireAdmin(actor);
    if (!enabled && accountId === actor.id) throw new OwnAccountChangeError('disable');
    return this.changeAccount(accountId, async (account, manager) => {
      account.status = enabled ? 'active' : 'disabled';
      if (!enabled) await this.sessions.endAllOf(accountId, 'account-disabled', manager);
    });
  }

  async resetPassword(actor: Actor, accountId: string, newPassword: string | undefined): Promise<PasswordOutcome> {
    requireAdmin(actor);
    const { credential } = await this.find(this.dataSource.manager, accountId);
    const { password, generatedPassword } = this.choosePassword(credential.username, newPassword);
    const passwordHash = await this.hasher.hash(password);
    // Whoever knew the old password may hold a session: it ends with the password.
    await this.dataSource.transaction(async (manager) => {
      await manager.update(StaffCredential, { accountId }, { passwordHash, passwordChangedAt: new Date() });
      await this.sessions.endAllOf(accountId, 'password-reset', manager);
    });
    return { generatedPassword };
  }

  private async changeAccount(
    accountId: string,
    change: (account: Account, manager: EntityManager) => void | Promise<void>,
  ): Promise<StaffMember> {
    return this.dataSource.transaction(async (manager) => {
      const member = await this.find(manager, accountId, true);
      if (member.account.status === 'closed') throw new ClosedAccountError(accountId);
      await change(member.account, manager);
      member.account.updatedAt = new Date();
      await manager.save(Account, member.account);
      return member;
    });
  }

  private async find(manager: EntityManager, accountId: string, forUpdate = false): Promise<StaffMember> {
    const query = this.members(manager).where('account.id = :accountId', { accountId });
    if (forUpdate) query.setLock('pessimistic_write', undefined, ['account']);
    const row = await query.getOne();
    if (!row) throw new StaffNotFoundError(accountId);
    return this.memberOf(row);
  }

  private members(manager: EntityManager = this.dataSource.manager) {
    return manager
      .createQueryBuilder(Account, 'account')
      .innerJoinAndMapOne('account.credential', StaffCredential, 'credential', 'credential.account_id = account.id');
  }

  private readonly memberOf = (row: Account): StaffMember => {
    const { credential, ...account } = row as Account & { credential: StaffCredential };
    return { account: Object.assign(new Account(), account), credential };
  };

  private choosePassword(username: string, given: string | undefined): { password: string; generatedPassword?: string } {
    if (given === undefined) {
      const generatedPassword = generatePassword();
      return { password: generatedPassword, generatedPassword };
    }
    const problem = passwordPolicyProblem(given, username);
    if (problem) throw new WeakPasswordError(problem);
    return { password: given };
  }
}

function requireAdmin(actor: Actor): void {
  if (actor.role !== 'admin') throw new StaffAdminOnlyError(actor.role);
}
