import { Injectable } from '@nestjs/common';
import { accountClosedV1, accountUpdatedV1, Actor } from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { DataSource, EntityManager } from 'typeorm';
import { validate as isUuid } from 'uuid';
import { Account } from '../accounts/account.entity';
import { TokenSessions } from '../identity/sessions/token-session-issuer';
import { WorkerProfile } from '../phone-sign-in/worker-profile.entity';
import { SERVICE_NAME } from '../service-name';
import { AccountNotFoundError, StaffAccountClosureError } from './me-errors';
import { changesOf, MyAccountChanges, workerFieldsOf } from './my-account-changes';

export interface MyAccountView {
  account: Account;
  /** Workers only. */
  worker: WorkerProfile | null;
}

/** The prefix of the phone a closed account keeps: unique like a number, never one, so the number is free again. */
export const CLOSED_PHONE_PREFIX = 'closed:';

/**
 * The caller's own account: read it, edit the profile (`account.updated` with what changed), close it (personal
 * data erased here, sessions ended, `account.closed` for every service to erase its copy). Each change and its
 * event commit together.
 */
@Injectable()
export class MyAccount {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly sessions: TokenSessions,
  ) {}

  get(actor: Actor): Promise<MyAccountView> {
    return this.load(this.dataSource.manager, actor);
  }

  async update(actor: Actor, requested: MyAccountChanges, correlationId: string): Promise<MyAccountView> {
    return this.dataSource.transaction(async (manager) => {
      const mine = await this.load(manager, actor, { lock: true });
      const changes = changesOf(mine.account, mine.worker, requested);
      if (Object.keys(changes).length === 0) return mine;
      const now = new Date();
      if (changes.displayName !== undefined) mine.account.displayName = changes.displayName;
      mine.account.updatedAt = now;
      await manager.update(Account, { id: mine.account.id }, { displayName: mine.account.displayName, updatedAt: now });
      if (mine.worker) {
        const workerFields = workerFieldsOf(changes);
        Object.assign(mine.worker, workerFields);
        if (Object.keys(workerFields).length > 0) await manager.update(WorkerProfile, { accountId: mine.account.id }, workerFields);
      }
      await this.outbox.add(
        manager,
        accountUpdatedV1.create({
          aggregateId: mine.account.id,
          producer: SERVICE_NAME,
          correlationId,
          occurredAt: now,
          payload: { accountId: mine.account.id, changes, updatedAt: now.toISOString() },
        }),
      );
      return mine;
    });
  }

  /** Closes the caller's account: personal data erased, every session ended; returns the account id. */
  async close(actor: Actor, correlationId: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const mine = await this.load(manager, actor, { lock: true });
      if (!mine.worker) throw new StaffAccountClosureError();
      const now = new Date();
      const accountId = mine.account.id;
      await manager.update(Account, { id: accountId }, { status: 'closed', displayName: '', closedAt: now, updatedAt: now });
      await manager.update(WorkerProfile, { accountId }, { phone: `${CLOSED_PHONE_PREFIX}${accountId}`, employer: null });
      await this.sessions.endAllOf(accountId, 'account-closed', manager);
      await this.outbox.add(
        manager,
        accountClosedV1.create({
          aggregateId: accountId,
          producer: SERVICE_NAME,
          correlationId,
          occurredAt: now,
          payload: { accountId, closedAt: now.toISOString() },
        }),
      );
      return accountId;
    });
  }

  private async load(manager: EntityManager, actor: Actor, { lock = false } = {}): Promise<MyAccountView> {
    // Ids outside this table's type (a development identity) have no account, rather than failing the query.
    if (!isUuid(actor.id)) throw new AccountNotFoundError();
    const account = await manager.findOne(Account, {
      where: { id: actor.id, status: 'active' },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!account) throw new AccountNotFoundError();
    const worker = await manager.findOneBy(WorkerProfile, { accountId: account.id });
    return { account, worker };
  }
}
