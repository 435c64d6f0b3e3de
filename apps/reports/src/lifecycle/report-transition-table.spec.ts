import { ActorInput, actorSchema, reportStatusSchema, ReportStatus } from '@waystation/contracts';
import { refusalOf } from './report-move-check';
import { Mover, moverKindsOf, SCHEDULER } from './report-mover';
import { MOVER_KINDS, MoverKind, moversOf } from './report-transition-table';

/** The lifecycle, written out again by hand: the table must say exactly this, and nothing more. */
const EXPECTED: Record<string, MoverKind[]> = {
  'submitted → confirmed': ['reviewer'],
  'submitted → rejected': ['reviewer'],
  'submitted → merged': ['reviewer'],
  'confirmed → dispatched': ['reviewer'],
  'dispatched → acknowledged': ['department'],
  'dispatched → not-responsible': ['department'],
  'not-responsible → dispatched': ['reviewer'],
  'acknowledged → in-progress': ['department'],
  'in-progress → resolved': ['department'],
  'resolved → closed': ['reporter', 'scheduler'],
  'resolved → reopened': ['reporter'],
  'reopened → dispatched': ['reviewer'],
  'acknowledged → closed-not-fixed': ['department'],
  'in-progress → closed-not-fixed': ['department'],
  'not-responsible → closed-not-fixed': ['reviewer'],
  'reopened → closed-not-fixed': ['reviewer'],
};

const COMMUNITY = '420115001001';
const actor = (input: ActorInput) => actorSchema.parse(input);
const report = (status: ReportStatus) => ({ id: 'report-1', status, reporterId: 'worker-1', communityCode: COMMUNITY });

/** One mover of each kind, for a report filed by worker-1 in COMMUNITY. */
const MOVER_OF_KIND: Record<MoverKind, Mover> = {
  reviewer: actor({ id: 'staff-1', role: 'community-staff', scopes: { communities: [COMMUNITY] } }),
  department: actor({ id: 'dept-1', role: 'department', scopes: { department: 'sanitation' } }),
  reporter: actor({ id: 'worker-1', role: 'worker' }),
  scheduler: SCHEDULER,
};

const pairs = reportStatusSchema.options.flatMap((from) => reportStatusSchema.options.map((to) => ({ from, to })));

describe('the report transition table', () => {
  it.each(pairs)('allows $from → $to to exactly the movers the lifecycle names', ({ from, to }) => {
    const expected = EXPECTED[`${from} → ${to}`];

    expect(moversOf(from, to)).toEqual(expected);
    for (const kind of MOVER_KINDS) {
      const refusal = refusalOf(report(from), to, MOVER_OF_KIND[kind]);
      if (expected?.includes(kind)) expect(refusal).toBeUndefined();
      else if (expected) expect(refusal?.code).toBe('move-not-permitted');
      else expect(refusal?.kind).toBe('conflict');
      if (refusal?.kind === 'conflict') expect(refusal.details).toMatchObject({ from, to });
    }
  });

  it('names every state of the contracts at least once, so none is unreachable or a dead end by accident', () => {
    const named = new Set(Object.keys(EXPECTED).flatMap((move) => move.split(' → ')));

    expect([...named].sort()).toEqual([...reportStatusSchema.options].sort());
  });

  it('answers report-already-reviewed to a verdict on a report that is past review, and transition-not-allowed to other moves', () => {
    expect(refusalOf(report('rejected'), 'confirmed', MOVER_OF_KIND.reviewer)?.code).toBe('report-already-reviewed');
    expect(refusalOf(report('confirmed'), 'merged', MOVER_OF_KIND.reviewer)?.code).toBe('report-already-reviewed');
    expect(refusalOf(report('submitted'), 'dispatched', MOVER_OF_KIND.reviewer)?.code).toBe('transition-not-allowed');
    expect(refusalOf(report('closed'), 'reopened', MOVER_OF_KIND.reporter)?.code).toBe('transition-not-allowed');
  });
});

describe(moverKindsOf.name, () => {
  const sut = moverKindsOf;
  const filed = { reporterId: 'worker-1', communityCode: COMMUNITY };

  it("makes community staff of the report's community and admins its reviewers", () => {
    expect(sut(MOVER_OF_KIND.reviewer, filed)).toEqual(['reviewer']);
    expect(sut(actor({ id: 'admin-1', role: 'admin' }), filed)).toEqual(['reviewer']);
    expect(sut(actor({ id: 'admin-1', role: 'admin' }), { ...filed, communityCode: null })).toEqual(['reviewer']);
  });

  it('gives staff of another community, other workers and station managers no part', () => {
    expect(sut(actor({ id: 'staff-2', role: 'community-staff', scopes: { communities: ['420115001002'] } }), filed)).toEqual([]);
    expect(sut(MOVER_OF_KIND.reviewer, { ...filed, communityCode: null })).toEqual([]);
    expect(sut(actor({ id: 'worker-2', role: 'worker' }), filed)).toEqual([]);
    expect(sut(actor({ id: 'manager-1', role: 'station-manager', scopes: { stations: ['s1'] } }), filed)).toEqual([]);
  });

  it('never lets a staff member who filed the report review it: they are its reporter', () => {
    const staffReporter = actor({ id: 'staff-1', role: 'community-staff', scopes: { communities: [COMMUNITY] } });

    expect(sut(staffReporter, { ...filed, reporterId: 'staff-1' })).toEqual(['reporter']);
    expect(refusalOf({ ...report('submitted'), reporterId: 'staff-1' }, 'confirmed', staffReporter)?.code).toBe('move-not-permitted');
  });
});
