import { FailureKind } from '@waystation/platform';
import { decideOnFailure } from './failure-decision';

describe(decideOnFailure.name, () => {
  it.each<FailureKind>([
    'database-unavailable',
    'lock-timeout',
    'serialization-failure',
    'deadlock',
    'statement-timeout',
    'broker-unavailable',
    'deadline-exceeded',
    'unavailable',
  ])('pauses the partition and retries without limit on the availability failure %s', (kind) => {
    expect(decideOnFailure(kind)).toBe('pause-partition');
  });

  it.each<FailureKind>(['invalid-event', 'invalid', 'conflict', 'forbidden', 'unauthenticated'])(
    'dead-letters at once on the permanent failure %s',
    (kind) => {
      expect(decideOnFailure(kind)).toBe('dead-letter');
    },
  );

  it.each<FailureKind>(['not-found', 'rate-limited', 'unexpected'])('retries a few times before dead-lettering on %s', (kind) => {
    expect(decideOnFailure(kind)).toBe('retry');
  });
});
