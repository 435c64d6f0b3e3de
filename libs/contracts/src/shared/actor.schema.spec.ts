import { actorSchema, managesStation, servesCommunity } from './actor.schema';
import { areaLevelOf, isWithinArea } from './area-code.schema';

const actor = (role: string, scopes: object = {}) => actorSchema.parse({ id: 'someone', role, scopes });

describe('actor scopes', () => {
  it('gives an actor without scopes empty ones', () => {
    expect(actorSchema.parse({ id: 'w', role: 'worker' }).scopes).toEqual({ stations: [], communities: [] });
  });

  it('lets a station manager act on their stations only, and admins on any', () => {
    expect(managesStation(actor('station-manager', { stations: ['s1'] }), 's1')).toBe(true);
    expect(managesStation(actor('station-manager', { stations: ['s1'] }), 's2')).toBe(false);
    expect(managesStation(actor('community-staff', { stations: ['s1'] }), 's1')).toBe(false);
    expect(managesStation(actor('admin'), 's2')).toBe(true);
  });

  it('lets community staff act for their communities only, and admins city-wide', () => {
    expect(servesCommunity(actor('community-staff', { communities: ['420115001001'] }), '420115001001')).toBe(true);
    expect(servesCommunity(actor('community-staff', { communities: ['420115001001'] }), '420115001002')).toBe(false);
    expect(servesCommunity(actor('worker'), '420115001001')).toBe(false);
    expect(servesCommunity(actor('admin'), '420115001002')).toBe(true);
  });

  it('refuses an area code of another length', () => {
    expect(actorSchema.safeParse({ id: 'x', role: 'community-staff', scopes: { communities: ['4201150010'] } }).success).toBe(false);
  });

  it('reads the level and the parent of an area from its code', () => {
    expect([areaLevelOf('420115'), areaLevelOf('420115001'), areaLevelOf('420115001001')]).toEqual(['district', 'street', 'community']);
    expect(isWithinArea('420115001001', '420115')).toBe(true);
    expect(isWithinArea('420116001001', '420115')).toBe(false);
  });
});
