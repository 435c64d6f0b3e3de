import { AnnouncedStaff, staffChanged, staffRegistered } from './staff-events';

const at = new Date('2026-12-02T01:00:00.000Z');
const staff: AnnouncedStaff = {
  id: '01a23552-fe1a-77dc-abd3-e104bbd1949b',
  displayName: '李社工',
  role: 'community-staff',
  scopes: { stations: [], communities: ['420115001001'] },
};

describe(staffChanged.name, () => {
  it('announces nothing when nothing changed, scopes listed in another order included', () => {
    const reordered = { ...staff, scopes: { stations: [], communities: ['420115001002', '420115001001'] } };
    const before = { ...staff, scopes: { stations: [], communities: ['420115001001', '420115001002'] } };

    expect(staffChanged(before, reordered, at, 'c')).toBeNull();
  });

  it('announces a new name alone', () => {
    expect(staffChanged(staff, { ...staff, displayName: '王社工' }, at, 'c')?.payload.changes).toEqual({ displayName: '王社工' });
  });

  it('announces role and scopes together when the scopes change', () => {
    const moved = { ...staff, scopes: { stations: [], communities: ['420115001003'] } };

    expect(staffChanged(staff, moved, at, 'c')?.payload.changes).toEqual({ role: 'community-staff', scopes: moved.scopes });
  });
});

describe(staffRegistered.name, () => {
  it('carries the role and the scopes', () => {
    expect(staffRegistered(staff, at, 'c').payload).toMatchObject({ role: 'community-staff', scopes: staff.scopes });
  });
});
