import { StaffAssignment, staffAssignmentSchema, StaffRole } from '@waystation/contracts';
import { OidcRoleNotMappedError, OidcScopesInvalidError } from './oidc-errors';

/** Which claims of the city's ID tokens carry the role and scopes (settings; dotted paths read nested claims). */
export interface OidcClaimMapping {
  roleClaim: string;
  /** The provider's role names to Waystation's. */
  roleMap: Record<string, StaffRole>;
  stationsClaim: string;
  communitiesClaim: string;
  departmentClaim: string;
  displayNameClaim: string;
}

export interface MappedStaff extends StaffAssignment {
  displayName: string;
}

/**
 * The Waystation role and scopes an ID token's claims give, by the configured mapping: exactly one of the
 * provider's roles must map, and the scopes must fit that role (as for staff the city office creates).
 */
export function mapOidcClaims(claims: Record<string, unknown>, mapping: OidcClaimMapping): MappedStaff {
  const roles = strings(claimAt(claims, mapping.roleClaim));
  const mapped = [...new Set(roles.flatMap((role) => (Object.hasOwn(mapping.roleMap, role) ? [mapping.roleMap[role]] : [])))];
  if (mapped.length !== 1) throw new OidcRoleNotMappedError(roles);
  const department = strings(claimAt(claims, mapping.departmentClaim));
  const assignment = staffAssignmentSchema.safeParse({
    role: mapped[0],
    scopes: {
      stations: strings(claimAt(claims, mapping.stationsClaim)),
      communities: strings(claimAt(claims, mapping.communitiesClaim)),
      ...(department.length > 0 ? { department: department.length === 1 ? department[0] : department } : {}),
    },
  });
  if (!assignment.success) throw new OidcScopesInvalidError(assignment.error.issues.map((issue) => issue.message).join('; '));
  const [displayName] = strings(claimAt(claims, mapping.displayNameClaim));
  return { ...assignment.data, displayName: displayName?.trim().slice(0, 100) || `${assignment.data.role} (city sign-in)` };
}

function claimAt(claims: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined), claims);
}

/** A claim given as one string or a list of them; anything else counts as absent. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
