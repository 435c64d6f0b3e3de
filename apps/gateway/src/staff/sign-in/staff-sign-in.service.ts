import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Account } from '../../accounts/account.entity';
import { PasswordHasher } from '../passwords/password-hasher';
import { StaffCredential } from '../staff-credential.entity';
import { AccountDisabledError, InvalidCredentialsError, SignInThrottledError } from './sign-in-errors';
import { SignInAttempt } from './sign-in-attempt.entity';
import { afterFailure, signInVerdict, SignInThrottlePolicy } from './sign-in-throttle';

export const SIGN_IN_THROTTLE_POLICY = Symbol('SIGN_IN_THROTTLE_POLICY');

type Outcome = { account: Account } | { error: InvalidCredentialsError | SignInThrottledError | AccountDisabledError };

/**
 * Checks a staff password. The attempts row of the username is locked for the whole check, so parallel guesses
 * on any replica wait for each other and every failure is counted before the next guess is judged.
 */
@Injectable()
export class StaffSignIn {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    @Inject(SIGN_IN_THROTTLE_POLICY) private readonly policy: SignInThrottlePolicy,
  ) {}

  async verify(username: string, password: string): Promise<Account> {
    // The failure is committed, then thrown: throwing inside the transaction would roll the count back.
    const outcome = await this.dataSource.transaction(async (manager): Promise<Outcome> => {
      await manager.createQueryBuilder().insert().into(SignInAttempt).values({ username, failures: 0 }).orIgnore().execute();
      const attempt = await manager.findOneOrFail(SignInAttempt, { where: { username }, lock: { mode: 'pessimistic_write' } });
      const now = new Date();
      const verdict = signInVerdict(attempt, this.policy, now);
      if (!verdict.allowed) {
        return {
          error: new SignInThrottledError(verdict.reason === 'locked' ? 'sign-in-locked' : 'sign-in-slowed-down', verdict.retryAt, now),
        };
      }
      const credential = await manager.findOneBy(StaffCredential, { username });
      if (!(await this.hasher.verify(credential?.passwordHash, password)) || !credential) {
        await manager.update(SignInAttempt, { username }, afterFailure(attempt, this.policy, new Date()));
        return { error: new InvalidCredentialsError() };
      }
      await manager.delete(SignInAttempt, { username });
      const account = await manager.findOneByOrFail(Account, { id: credential.accountId });
      return account.status === 'active' ? { account } : { error: new AccountDisabledError() };
    });
    if ('error' in outcome) throw outcome.error;
    return outcome.account;
  }
}
