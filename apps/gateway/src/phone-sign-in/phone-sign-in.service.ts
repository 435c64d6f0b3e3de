import { Inject, Injectable } from '@nestjs/common';
import { accountRegisteredV1, Language, WorkerType } from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { assertUnreachable } from '@waystation/platform';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { Account } from '../accounts/account.entity';
import { SERVICE_NAME } from '../service-name';
import { PhoneCodes } from './phone-codes.service';
import { CodeIncorrectError, NoLiveCodeError, PrivacyNoticeOutdatedError, ProfileRequiredError } from './phone-sign-in-errors';
import { WorkerProfile } from './worker-profile.entity';

export const PRIVACY_NOTICE_VERSION = Symbol('PRIVACY_NOTICE_VERSION');

/** What a new worker tells about themselves at sign-up. */
export interface NewWorker {
  displayName: string;
  workerType: WorkerType;
  employer?: string;
  language: Language;
  consent: { version: string };
}

export interface PhoneSignInAttempt {
  phone: string;
  code: string;
  profile?: NewWorker;
}

/**
 * A worker proves their number with the code it was sent: a known number signs in, a new one signs up with its
 * profile. The account, its worker profile and `account.registered` (which carries no phone number) commit
 * together; the code is used up in the same transaction, so it signs in once.
 */
@Injectable()
export class PhoneSignIn {
  constructor(
    private readonly dataSource: DataSource,
    private readonly codes: PhoneCodes,
    private readonly outbox: Outbox,
    @Inject(PRIVACY_NOTICE_VERSION) private readonly privacyNoticeVersion: string,
  ) {}

  /** The account the number belongs to, created when it is new. */
  async signIn(attempt: PhoneSignInAttempt, correlationId: string): Promise<Account> {
    const result = await this.dataSource.transaction(async (manager) => {
      const check = await this.codes.check(manager, attempt.phone, attempt.code);
      // Returned, not thrown: the attempt a wrong code cost must commit.
      if (check.outcome !== 'matches') return check;
      const account = (await this.accountOf(manager, attempt.phone)) ?? (await this.signUp(manager, attempt, correlationId));
      await this.codes.consume(manager, attempt.phone);
      return { outcome: 'signed-in' as const, account };
    });
    switch (result.outcome) {
      case 'signed-in':
        return result.account;
      case 'incorrect':
        throw new CodeIncorrectError(result.attemptsLeft);
      case 'none':
        throw new NoLiveCodeError();
      default:
        return assertUnreachable(result);
    }
  }

  private async accountOf(manager: EntityManager, phone: string): Promise<Account | null> {
    const profile = await manager.findOneBy(WorkerProfile, { phone });
    return profile && manager.findOneByOrFail(Account, { id: profile.accountId });
  }

  private async signUp(manager: EntityManager, { phone, profile }: PhoneSignInAttempt, correlationId: string): Promise<Account> {
    if (!profile) throw new ProfileRequiredError();
    if (profile.consent.version !== this.privacyNoticeVersion) {
      throw new PrivacyNoticeOutdatedError(profile.consent.version, this.privacyNoticeVersion);
    }
    const now = new Date();
    const account = manager.create(Account, {
      id: uuidv7(),
      role: 'worker',
      scopes: { stations: [], communities: [] },
      displayName: profile.displayName,
      status: 'active',
      createdAt: now,
      updatedAt: now,
      closedAt: null,
    });
    await manager.insert(Account, account);
    await manager.insert(WorkerProfile, {
      accountId: account.id,
      phone,
      workerType: profile.workerType,
      employer: profile.employer ?? null,
      language: profile.language,
      privacyNoticeVersion: profile.consent.version,
      consentedAt: now,
    });
    await this.outbox.add(
      manager,
      accountRegisteredV1.create({
        aggregateId: account.id,
        producer: SERVICE_NAME,
        correlationId,
        occurredAt: now,
        payload: {
          accountId: account.id,
          role: account.role,
          displayName: account.displayName,
          workerType: profile.workerType,
          language: profile.language,
          registeredAt: now.toISOString(),
        },
      }),
    );
    return account;
  }
}
