import { mapOidcClaims, OidcClaimMapping } from './oidc-claim-mapping';
import { OidcRoleNotMappedError, OidcScopesInvalidError } from './oidc-errors';

const mapping: OidcClaimMapping = {
  roleClaim: 'realm_access.roles',
  roleMap: { 'ws-community': 'community-staff', 'ws-station': 'station-manager', 'ws-admin': 'admin' },
  stationsClaim: 'stations',
  communitiesClaim: 'communities',
  departmentClaim: 'department',
  displayNameClaim: 'name',
};

describe(mapOidcClaims.name, () => {
  it('maps the provider role found at a nested claim, with the scopes of that role', () => {
    const claims = { realm_access: { roles: ['offline_access', 'ws-community'] }, communities: '420115001001', name: '王芳' };

    expect(mapOidcClaims(claims, mapping)).toEqual({
      role: 'community-staff',
      scopes: { stations: [], communities: ['420115001001'] },
      displayName: '王芳',
    });
  });

  it('refuses a person none of whose roles is mapped', () => {
    expect(() => mapOidcClaims({ realm_access: { roles: ['ws-guest'] } }, mapping)).toThrow(OidcRoleNotMappedError);
  });

  it('refuses roles that map to two different Waystation roles rather than picking one', () => {
    const claims = { realm_access: { roles: ['ws-admin', 'ws-station'] }, stations: ['st-1'] };

    expect(() => mapOidcClaims(claims, mapping)).toThrow(OidcRoleNotMappedError);
  });

  it('refuses a mapped role whose scopes do not fit it', () => {
    expect(() => mapOidcClaims({ realm_access: { roles: ['ws-station'] } }, mapping)).toThrow(OidcScopesInvalidError);
  });

  it('does not read inherited properties as claims', () => {
    const claims = { realm_access: { roles: ['toString'] } };

    expect(() => mapOidcClaims(claims, { ...mapping, roleMap: {} })).toThrow(OidcRoleNotMappedError);
  });

  it('names the account after its role when the provider gives no name', () => {
    expect(mapOidcClaims({ realm_access: { roles: ['ws-admin'] } }, mapping).displayName).toBe('admin (city sign-in)');
  });
});
