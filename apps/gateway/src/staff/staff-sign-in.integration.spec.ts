import { INestApplication } from '@nestjs/common';
import { DEVELOPMENT_ADMIN } from '@waystation/contracts';
import { queryDatabase, startServiceUnderTest } from '@waystation/testing';
import { v7 as uuidv7 } from 'uuid';
import { AppModule } from '../app.module';
import { gatewayConfigSchema } from '../config/gateway.config';
import { AccountDisabledError, InvalidCredentialsError, SignInThrottledError } from './sign-in/sign-in-errors';
import { StaffSignIn } from './sign-in/staff-sign-in.service';
import { StaffAccounts } from './staff-accounts.service';
import { BootstrapAdmin } from './bootstrap-admin.service';

/** The gateway in this process on a scratch database, with sign-in limits small enough to reach in a test. */
let app: INestApplication;
let database: string;
let sut: StaffSignIn;
let staff: StaffAccounts;
const THROTTLE = {
  GATEWAY_STAFF_SIGN_IN_SLOWDOWN_AFTER: '3',
  GATEWAY_STAFF_SIGN_IN_FIRST_DELAY_MS: '300',
  GATEWAY_STAFF_SIGN_IN_LOCK_AFTER: '5',
};
const cityOffice = { id: 'city-office', role: 'admin' as const, scopes: { stations: [], communities: [] } };

async function newStationManager(password = `pw-${uuidv7()}`) {
  const username = `manager-${uuidv7()}`;
  const { account } = await staff.create(cityOffice, {
    username,
    password,
    displayName: '站长',
    role: 'station-manager',
    scopes: { stations: ['st-1'], communities: [] },
  });
  return { username, password, account };
}

const failedSignIn = (username: string, password: string) =>
  sut.verify(username, password).then(
    () => undefined,
    (error: unknown) => error,
  );
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  ({ app, database } = await startServiceUnderTest((env) => AppModule.forRoot(gatewayConfigSchema.parse({ ...env, ...THROTTLE })), {
    databaseVariable: 'GATEWAY_DATABASE_URL',
  }));
  sut = app.get(StaffSignIn);
  staff = app.get(StaffAccounts);
}, 60_000);

afterAll(async () => {
  await app?.close();
});

describe(StaffSignIn.name, () => {
  it('signs the bootstrap admin in with the development password', async () => {
    const account = await sut.verify(DEVELOPMENT_ADMIN.username, DEVELOPMENT_ADMIN.password);

    expect(account).toMatchObject({ role: 'admin', status: 'active' });
  });

  it('signs a staff member in with their password, stored as an Argon2id hash', async () => {
    const { username, password, account } = await newStationManager();

    expect((await sut.verify(username, password)).id).toBe(account.id);
    const [{ password_hash }] = await queryDatabase<{ password_hash: string }>(
      database,
      `SELECT password_hash FROM staff_credentials WHERE username = $1`,
      [username],
    );
    expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('answers a wrong password and an unknown username alike, in about the same time', async () => {
    const { username } = await newStationManager();
    const timed = async (name: string) => {
      const started = performance.now();
      const error = await failedSignIn(name, 'not-the-password');
      return { error, ms: performance.now() - started };
    };

    const [known, unknown] = [await timed(username), await timed(`nobody-${uuidv7()}`)];

    expect(known.error).toBeInstanceOf(InvalidCredentialsError);
    expect(unknown.error).toBeInstanceOf(InvalidCredentialsError);
    // Both verify an Argon2id hash (the unknown one a decoy): neither is a fast path.
    expect(unknown.ms).toBeGreaterThan(known.ms / 3);
  });

  it('slows down after 3 failures: the next attempt must wait, even with the right password', async () => {
    const { username, password } = await newStationManager();
    for (let attempt = 0; attempt < 3; attempt++)
      expect(await failedSignIn(username, 'wrong-password')).toBeInstanceOf(InvalidCredentialsError);

    const slowed = await failedSignIn(username, password);

    expect(slowed).toBeInstanceOf(SignInThrottledError);
    expect(slowed).toMatchObject({ code: 'sign-in-slowed-down', details: { retryAfterSeconds: 1 } });
    await sleep(300);
    await expect(sut.verify(username, password)).resolves.toMatchObject({ role: 'station-manager' });
  });

  it('locks after 5 failures, for known and unknown usernames alike, the lock kept in the database', async () => {
    const { username, password } = await newStationManager();
    const unknown = `nobody-${uuidv7()}`;
    for (const name of [username, unknown]) {
      for (let failure = 1; failure <= 5; failure++) {
        await sleep(failure > 3 ? 300 * 2 ** (failure - 4) : 0);
        expect(await failedSignIn(name, 'wrong-password')).toBeInstanceOf(InvalidCredentialsError);
      }
    }

    expect(await failedSignIn(username, password)).toMatchObject({ code: 'sign-in-locked' });
    expect(await failedSignIn(unknown, 'any-password')).toMatchObject({ code: 'sign-in-locked' });
    const rows = await queryDatabase<{ locked_until: Date }>(
      database,
      `SELECT locked_until FROM staff_sign_in_attempts WHERE username = $1`,
      [username],
    );
    expect(rows[0].locked_until.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
  });

  it('counts failures that arrive at once: parallel guesses wait for each other', async () => {
    const { username } = await newStationManager();

    const errors = await Promise.all(Array.from({ length: 6 }, () => failedSignIn(username, 'wrong-password')));

    expect(errors.filter((error) => error instanceof InvalidCredentialsError)).toHaveLength(3);
    expect(errors.filter((error) => error instanceof SignInThrottledError)).toHaveLength(3);
  });

  it('refuses a disabled account once its password is right, and signs it in again once enabled', async () => {
    const { username, password, account } = await newStationManager();
    await staff.setEnabled(cityOffice, account.id, false);

    expect(await failedSignIn(username, password)).toBeInstanceOf(AccountDisabledError);
    expect(await failedSignIn(username, 'wrong-password')).toBeInstanceOf(InvalidCredentialsError);
    await staff.setEnabled(cityOffice, account.id, true);
    await expect(sut.verify(username, password)).resolves.toMatchObject({ id: account.id });
  });

  it('signs in with the new password after a reset, not the old one', async () => {
    const { username, password, account } = await newStationManager();

    const { generatedPassword } = await staff.resetPassword(cityOffice, account.id, undefined);

    expect(generatedPassword).toHaveLength(24);
    expect(await failedSignIn(username, password)).toBeInstanceOf(InvalidCredentialsError);
    await expect(sut.verify(username, generatedPassword as string)).resolves.toMatchObject({ id: account.id });
  });
});

describe(BootstrapAdmin.name, () => {
  it('creates the admin once, however many replicas start at once on a database without one', async () => {
    await queryDatabase(database, `DELETE FROM staff_credentials WHERE username = $1`, [DEVELOPMENT_ADMIN.username]);
    await queryDatabase(database, `DELETE FROM accounts WHERE role = 'admin'`);

    await Promise.all([1, 2, 3].map(() => app.get(BootstrapAdmin).onApplicationBootstrap()));

    const admins = await queryDatabase<{ count: string }>(database, `SELECT count(*) FROM staff_credentials WHERE username = $1`, [
      DEVELOPMENT_ADMIN.username,
    ]);
    expect(Number(admins[0].count)).toBe(1);
  });

  it('creates none when an admin exists, whatever its username', async () => {
    await queryDatabase(database, `UPDATE staff_credentials SET username = 'renamed-admin' WHERE username = $1`, [
      DEVELOPMENT_ADMIN.username,
    ]);

    await app.get(BootstrapAdmin).onApplicationBootstrap();

    const admins = await queryDatabase<{ count: string }>(database, `SELECT count(*) FROM accounts WHERE role = 'admin'`);
    expect(Number(admins[0].count)).toBe(1);
  });
});
