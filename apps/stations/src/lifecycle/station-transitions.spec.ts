import { Actor, actorSchema, StationStatus, StationStatuses } from '@waystation/contracts';
import { AcceptanceInspectionRequiredError, StationTransitionForbiddenError, StationTransitionNotAllowedError } from './lifecycle-errors';
import { assertTransition, TransitionPath } from './station-transitions';

const STATION = 'station-1';
const actors = {
  admin: actorSchema.parse({ id: 'admin-1', role: 'admin' }),
  'its manager': actorSchema.parse({ id: 'manager-1', role: 'station-manager', scopes: { stations: [STATION] } }),
  "another station's manager": actorSchema.parse({ id: 'manager-2', role: 'station-manager', scopes: { stations: ['station-2'] } }),
  worker: actorSchema.parse({ id: 'worker-1', role: 'worker' }),
  'community staff': actorSchema.parse({ id: 'staff-1', role: 'community-staff', scopes: { communities: ['420115001001'] } }),
  department: actorSchema.parse({ id: 'dept-1', role: 'department' }),
} satisfies Record<string, Actor>;
type ActorName = keyof typeof actors;

/**
 * The lifecycle written out independently of the table under test: `manager` moves are the station manager's
 * (of that station) and the admin's, `admin` moves the admin's alone, `inspection` the one only an acceptance
 * inspection makes. Every pair not listed must be refused.
 */
const EXPECTED: Partial<Record<`${StationStatus} → ${StationStatus}`, 'manager' | 'admin' | 'inspection'>> = {
  'planned → under-construction': 'manager',
  'under-construction → built': 'manager',
  'built → accepted': 'inspection',
  'accepted → operating': 'admin',
  'operating → suspended': 'manager',
  'suspended → operating': 'manager',
  'planned → closed': 'admin',
  'under-construction → closed': 'admin',
  'built → closed': 'admin',
  'accepted → closed': 'admin',
  'operating → closed': 'admin',
  'suspended → closed': 'admin',
};

const mayMake = (kind: 'manager' | 'admin' | 'inspection', who: ActorName) =>
  who === 'admin' || (kind === 'manager' && who === 'its manager');

const pairs = StationStatuses.flatMap((from) => StationStatuses.map((to) => [from, to] as const));
const cases = pairs.flatMap(([from, to]) => (Object.keys(actors) as ActorName[]).map((who) => [from, to, who] as const));

function outcomeOf(from: StationStatus, to: StationStatus, who: ActorName, through: TransitionPath): string {
  try {
    assertTransition(actors[who], STATION, from, to, through);
    return 'allowed';
  } catch (error) {
    if (error instanceof StationTransitionNotAllowedError) return 'no-such-move';
    if (error instanceof AcceptanceInspectionRequiredError) return 'inspection-only';
    if (error instanceof StationTransitionForbiddenError) return 'forbidden';
    throw error;
  }
}

describe(assertTransition.name, () => {
  const sut = outcomeOf;

  it.each(cases)('as a status change, %s → %s by %s is decided as the lifecycle says', (from, to, who) => {
    const kind = EXPECTED[`${from} → ${to}`];
    const expected =
      kind === undefined ? 'no-such-move' : kind === 'inspection' ? 'inspection-only' : mayMake(kind, who) ? 'allowed' : 'forbidden';

    expect(sut(from, to, who, 'status-change')).toBe(expected);
  });

  it.each(cases)('as an acceptance inspection, %s → %s by %s is allowed only for built → accepted by the admin', (from, to, who) => {
    const kind = EXPECTED[`${from} → ${to}`];
    const expected =
      kind === undefined ? 'no-such-move' : kind !== 'inspection' ? 'no-such-move' : mayMake(kind, who) ? 'allowed' : 'forbidden';

    expect(sut(from, to, who, 'acceptance-inspection')).toBe(expected);
  });

  it('names the station, from and to in a refused move', () => {
    expect(() => assertTransition(actors.admin, STATION, 'planned', 'operating', 'status-change')).toThrow(
      expect.objectContaining({ details: { stationId: STATION, from: 'planned', to: 'operating' } }),
    );
  });

  it('leaves no way out of closed', () => {
    const outcomes = StationStatuses.map((to) => sut('closed', to, 'admin', 'status-change'));

    expect(new Set(outcomes)).toEqual(new Set(['no-such-move']));
  });
});
