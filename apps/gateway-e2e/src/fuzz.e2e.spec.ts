import { runSchemathesis, SCHEMATHESIS_VERSION } from '@waystation/infra';
import { WaystationSystem } from '@waystation/system';
import { signInStaff, startTestSystem, type TestAccount } from '@waystation/testing';
import { newStaffAccount, newWorkerAccount } from './accounts';

/** Each run signs in for real as its role, through the gateway's own sign-in routes. */
const SIGN_IN: Record<string, (gatewayUrl: string) => Promise<TestAccount>> = {
  worker: newWorkerAccount,
  'community-staff': newStaffAccount,
  // An admin of its own, created by the bootstrap admin: whatever the run does to it, the later suites still
  // sign in as the bootstrap admin.
  admin: (gatewayUrl) => signInStaff(gatewayUrl, { role: 'admin' }),
};

/**
 * Left out of the fuzzing: the routes that end the run's own session or close its account, so the cases after
 * them would all be refused as signed out. They are excluded rather than given a fresh account per case,
 * because schemathesis sends one fixed bearer token for the whole run.
 * The conformance test in first-flow.e2e.spec.ts exercises them.
 */
const SELF_ENDING_OPERATIONS = ['DELETE /api/v1/me', 'POST /api/v1/auth/sign-out', 'POST /api/v1/auth/sign-out-everywhere'];

/**
 * Also left out: the admin routes that disable, re-password or demote a staff account. schemathesis finds real
 * account ids through the staff list and would lock out accounts the run's other specs sign in as (the
 * bootstrap admin). The conformance test and staff-admin.integration.spec.ts exercise them.
 */
const ACCOUNT_ALTERING_OPERATIONS = ['POST /api/v1/staff/{id}/disable', 'POST /api/v1/staff/{id}/password', 'PATCH /api/v1/staff/{id}'];

/**
 * And the city office's configuration that the run's later specs rely on as seeded: schemathesis retires routing
 * rules by their (small, sequential) ids, gives the seeded departments districts they do not serve, and adds earning
 * rule versions that take effect at once (say 0 points for every environment report). The conformance test,
 * departments.e2e.spec.ts and the points and reports integration specs exercise these routes.
 */
const CONFIGURATION_ALTERING_OPERATIONS = [
  'PUT /api/v1/routing-rules',
  'POST /api/v1/routing-rules/{id}/retire',
  'PATCH /api/v1/departments/{code}',
  'POST /api/v1/earning-rules',
];

/**
 * And the live stream, which stays open until the client leaves: schemathesis would wait on it until its timeout.
 * live-events.e2e.spec.ts and the conformance test exercise it.
 */
const STREAMING_OPERATIONS = ['GET /api/v1/me/events'];

/** What must hold of every answer: no 5xx, and status, content type, headers and body as documented. */
const CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_headers_conformance',
  'response_schema_conformance',
  'unsupported_method',
];

// 16 operations × 2 modes (valid and invalid data) × 6 examples, plus the coverage phase's boundary cases,
// per role: a few hundred requests in all, about a minute on the 2-core machine.
const MAX_EXAMPLES = 6;

describe(`schemathesis ${SCHEMATHESIS_VERSION} fuzzes every documented route of the gateway`, () => {
  let system: WaystationSystem;

  beforeAll(async () => {
    system = await startTestSystem();
  }, 300_000);

  afterAll(async () => {
    await system?.stop();
  });

  it.each(Object.keys(SIGN_IN))(
    'as role %s: no 5xx, and every answer matches /docs/json',
    async (role) => {
      const account = await SIGN_IN[role](system.url('gateway'));
      const result = await runSchemathesis({
        schemaUrl: `${system.url('gateway')}/docs/json`,
        headers: { authorization: `Bearer ${account.accessToken}` },
        excludeOperations: [
          ...SELF_ENDING_OPERATIONS,
          ...ACCOUNT_ALTERING_OPERATIONS,
          ...CONFIGURATION_ALTERING_OPERATIONS,
          ...STREAMING_OPERATIONS,
        ],
        maxExamples: MAX_EXAMPLES,
        seed: 20_261_201,
        checks: CHECKS,
      });

      // What it checked, and how it went (the summary schemathesis prints last). Its "==== 3 warnings in 61s ===="
      // banners are pytest's closing-line format, and CI reads such a line as a test run that ran no test.
      const summary = result.output
        .split('\n')
        .slice(-40)
        .filter((line) => !/^=+ .* =+$/.test(line.trim()));
      console.log(`schemathesis as ${role} (checks: ${CHECKS.join(', ')}):\n${summary.join('\n')}`);
      expect({ exitCode: result.exitCode, output: result.exitCode === 0 ? '' : result.output }).toEqual({ exitCode: 0, output: '' });
    },
    600_000,
  );
});
