import { runSchemathesis, SCHEMATHESIS_VERSION } from '@waystation/infra';
import { WaystationSystem } from '@waystation/system';
import { startTestSystem } from '@waystation/testing';

const ROLES = ['worker', 'community-staff', 'admin'] as const;

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

  it.each(ROLES)(
    'as role %s: no 5xx, and every answer matches /docs/json',
    async (role) => {
      const result = await runSchemathesis({
        schemaUrl: `${system.url('gateway')}/docs/json`,
        headers: { 'x-dev-user-id': `fuzz-${role}`, 'x-dev-user-role': role },
        maxExamples: MAX_EXAMPLES,
        seed: 20_261_201,
        checks: CHECKS,
      });

      // What it checked, and how it went (the summary schemathesis prints last).
      console.log(`schemathesis as ${role} (checks: ${CHECKS.join(', ')}):\n${result.output.split('\n').slice(-40).join('\n')}`);
      expect({ exitCode: result.exitCode, output: result.exitCode === 0 ? '' : result.output }).toEqual({ exitCode: 0, output: '' });
    },
    600_000,
  );
});
