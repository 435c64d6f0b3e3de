import { staffRoleSchema } from '@waystation/contracts';
import { z } from 'zod';

/** An identity provider's roles, as they appear in its tokens, mapped to Waystation's staff roles. */
const roleMapSchema = z
  .string()
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: 'custom', message: 'must be a JSON object such as {"idp-role": "community-staff"}' });
      return z.NEVER;
    }
  })
  .pipe(z.record(z.string().min(1), staffRoleSchema));

/** A claim's name; a dotted path reads a nested claim (`realm_access.roles`). */
const claimName = (defaultName: string) => z.string().min(1).default(defaultName);

/**
 * A city's own identity provider, trusted by configuration (nothing is coded per city): its ID tokens are
 * exchanged for Waystation sessions at `POST /api/v1/auth/oidc/sign-in`. Unset issuer: that route is off.
 */
export const oidcEnvFields = {
  GATEWAY_OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  /** The client id Waystation is registered under at the provider: the ID tokens' required audience. */
  GATEWAY_OIDC_CLIENT_ID: z.string().min(1).optional(),
  GATEWAY_OIDC_ROLE_CLAIM: claimName('roles'),
  GATEWAY_OIDC_ROLE_MAP: roleMapSchema.default({}),
  GATEWAY_OIDC_STATIONS_CLAIM: claimName('waystation_stations'),
  GATEWAY_OIDC_COMMUNITIES_CLAIM: claimName('waystation_communities'),
  GATEWAY_OIDC_DEPARTMENT_CLAIM: claimName('waystation_department'),
  GATEWAY_OIDC_DISPLAY_NAME_CLAIM: claimName('name'),
};
